<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AdmitDialog</name>
    <message>
        <location filename="../../votingapp/gui/admit_dialog.py" line="+31"/>
        <location line="+1"/>
        <source>Admit a station</source>
        <translation>Admitir un puesto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the fingerprint with the one the station shows on its screen before admitting it. An admitted station can register voters and seal blocks.</source>
        <translation>Compare la huella con la que el puesto muestra en su pantalla antes de admitirlo. Un puesto admitido puede inscribir votantes y sellar bloques.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stations waiting for admission</source>
        <translation>Puestos en espera de admisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}
Fingerprint: {fingerprint}</source>
        <translation>{name}
Huella: {fingerprint}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no connected station waits; type its key below)</source>
        <translation>(ningún puesto conectado está en espera; escriba su clave abajo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Waiting:</source>
        <translation>&amp;En espera:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station key</source>
        <translation>Clave del puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>64 hexadecimal digits (node-id of that station)</source>
        <translation>64 dígitos hexadecimales (node-id de ese puesto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station &amp;key:</source>
        <translation>&amp;Clave del puesto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station name</source>
        <translation>Nombre del puesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint of the key</source>
        <translation>Huella de la clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Admit</source>
        <translation>&amp;Admitir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admit</source>
        <translation>Admitir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>AudioBallot</name>
    <message>
        <location filename="../../votingapp/gui/booth_audio.py" line="+170"/>
        <source>no speech engine is installed</source>
        <translation>no hay ningún motor de voz instalado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audio ballot on: F1 repeats, F2 blanks the screen</source>
        <translation>Voto por audio activado: F1 repite, F2 oscurece la pantalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio ballot (headphones): press F1</source>
        <translation>Voto por audio (auriculares): pulse F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio ballot</source>
        <translation>Voto por audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio ballot status</source>
        <translation>Estado del voto por audio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The audio ballot is not available on this machine ({reason}). You can vote on screen; please ask a poll worker for help.</source>
        <translation>El voto por audio no está disponible en esta máquina ({reason}). Puede votar en la pantalla; pida ayuda a un miembro de la mesa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put on the headphones and press F1 to hear the ballot read aloud.</source>
        <translation>Póngase los auriculares y pulse F1 para escuchar la papeleta en voz alta.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Audio ballot.</source>
        <translation>Voto por audio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The screen is blanked for your privacy. Press F2 to show it, and again to blank it.</source>
        <translation>La pantalla está oscurecida para proteger su privacidad. Pulse F2 para mostrarla, y otra vez para oscurecerla.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Starting the audio ballot…</source>
        <translation>Iniciando el voto por audio…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>For the audio ballot, press F1: the second key from the left in the top row.</source>
        <translation>Para el voto por audio, pulse F1: la segunda tecla empezando por la izquierda, en la fila superior.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The screen is shown.</source>
        <translation>La pantalla se muestra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The screen is blanked.</source>
        <translation>La pantalla está oscurecida.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>There are {n} options.</source>
        <translation>Hay {n} opciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option {number}: {option}.</source>
        <translation>Opción {number}: {option}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen: option {number}, {option}.</source>
        <translation>Elegida: opción {number}, {option}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan the code on your voter slip, or type your voter ID, then press Return.</source>
        <translation>Escanee el código de su hoja de votante, o escriba su identificador de votante, y pulse Intro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The up and down arrows change the language.</source>
        <translation>Las flechas arriba y abajo cambian el idioma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F1 at any time to hear a page again.</source>
        <translation>Pulse F1 en cualquier momento para volver a escuchar una página.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the number of an option, or use the up and down arrows, to choose it. Then press Return to review your choice.</source>
        <translation>Pulse el número de una opción, o use las flechas arriba y abajo, para elegirla. Después pulse Intro para revisar su elección.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Return to encrypt your choice.</source>
        <translation>Pulse Intro para cifrar su elección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Return to cast your vote.</source>
        <translation>Pulse Intro para emitir su voto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the left arrow to change your choice.</source>
        <translation>Pulse la flecha izquierda para cambiar su elección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Return to cast your ballot.</source>
        <translation>Pulse Intro para emitir su papeleta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or press the left arrow to check this machine: the ballot is then opened, never counted, and you vote again.</source>
        <translation>O pulse la flecha izquierda para comprobar esta máquina: la papeleta se abre, nunca se cuenta, y usted vuelve a votar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Return to vote again.</source>
        <translation>Pulse Intro para volver a votar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press the left arrow to leave without voting.</source>
        <translation>Pulse la flecha izquierda para salir sin votar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Return when you are done.</source>
        <translation>Pulse Intro cuando haya terminado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Return to start again.</source>
        <translation>Pulse Intro para empezar de nuevo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Option {number} of {count}: {option}. Chosen.</source>
        <translation>Opción {number} de {count}: {option}. Elegida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Return to review your choice.</source>
        <translation>Pulse Intro para revisar su elección.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>There is no option {number}: there are {n} options.</source>
        <translation>No existe la opción {number}: hay {n} opciones.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an option first: press its number, or use the up and down arrows.</source>
        <translation>Elija primero una opción: pulse su número, o use las flechas arriba y abajo.</translation>
    </message>
</context>
<context>
    <name>BallotFlow</name>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="+179"/>
        <source>Ballot</source>
        <translation>Papeleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot steps</source>
        <translation>Pasos de la votación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election title</source>
        <translation>Título de la elección</translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="+95"/>
        <source>A voter ID has only letters and digits: check the last character typed.</source>
        <translation>Un identificador de votante solo tiene letras y cifras: revise el último carácter escrito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too long: a voter ID has {n} letters and digits.</source>
        <translation>Demasiado largo: un identificador de votante tiene {n} letras y cifras.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This voter ID has a typing mistake: check every character.</source>
        <translation>Este identificador de votante tiene un error de escritura: revise cada carácter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A voter ID has {n} letters and digits.</source>
        <translation>Un identificador de votante tiene {n} letras y cifras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} of {n} characters</source>
        <translation>{count} de {n} caracteres</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Checking your voter ID…</source>
        <translation>Comprobando su identificador…</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Recording your vote…</source>
        <translation>Registrando su voto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting your ballot…</source>
        <translation>Cifrando su papeleta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening your ballot for checking…</source>
        <translation>Abriendo su papeleta para comprobación…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>To check this machine, scan this code or copy this text on any other station: Results → “Check a ballot”, or the command “votingapp check-ballot”. It must say that the booth encrypted “{choice}”, the option you chose. If it does not, tell a poll worker. Then vote again: your vote is not cast yet.</source>
        <translation>Para comprobar esta máquina, escanee este código o copie este texto en cualquier otro puesto: Resultados → «Comprobar una papeleta», o la orden «votingapp check-ballot». Debe indicar que la cabina cifró «{choice}», la opción que usted eligió. Si no es así, avise a un miembro de la mesa. Después vuelva a votar: su voto aún no se ha emitido.</translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="+187"/>
        <source>(too long for a QR code: use the text)</source>
        <translation>(demasiado largo para un código QR: use el texto)</translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="-170"/>
        <source>Voter ID complete. Press Enter to continue.</source>
        <translation>Identificador completo. Pulse Intro para continuar.</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>This screen clears itself in {n} s.</source>
        <translation>Esta pantalla se borrará en {n} s.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unknown voter ID</source>
        <translation>Identificador de votante desconocido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This is not a valid voter ID. Check it for typing mistakes, or ask a poll worker.</source>
        <translation>Este identificador de votante no es válido. Revise si tiene errores de escritura o consulte a un miembro de la mesa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not registered yet</source>
        <translation>Aún no inscrito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This voter ID is not registered (yet). If you were registered just now, wait a moment and try again, or ask a poll worker.</source>
        <translation>Este identificador de votante no está inscrito (todavía). Si acaban de inscribirle, espere un momento y vuelva a intentarlo, o consulte a un miembro de la mesa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already voted</source>
        <translation>Ya ha votado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A vote was already cast with this voter ID. Each voter votes once. Ask a poll worker if this is wrong.</source>
        <translation>Ya se emitió un voto con este identificador de votante. Cada votante vota una sola vez. Consulte a un miembro de la mesa si se trata de un error.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The election is closed</source>
        <translation>La votación está cerrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No more votes can be cast.</source>
        <translation>Ya no se pueden emitir más votos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The election is not open yet</source>
        <translation>La votación aún no está abierta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Votes can be cast once the election opens.</source>
        <translation>Se podrá votar cuando se abra la votación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown option</source>
        <translation>Opción desconocida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>That option is not on this ballot.</source>
        <translation>Esa opción no figura en esta papeleta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The election key is not ready yet</source>
        <translation>La clave de la elección aún no está lista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The trustee stations have not finished making the election key: ballots can be cast once they have. Please ask a poll worker.</source>
        <translation>Los puestos custodios no han terminado de generar la clave de la elección: se podrá votar cuando terminen. Consulte a un miembro de la mesa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The election key could not be made</source>
        <translation>No se pudo generar la clave de la elección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The trustee stations&apos; key ceremony stopped: no ballot can be cast. Please ask a poll worker.</source>
        <translation>La ceremonia de claves de los puestos custodios se detuvo: no se puede emitir ninguna papeleta. Consulte a un miembro de la mesa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your vote could not be recorded</source>
        <translation>No se pudo registrar su voto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Please ask a poll worker. ({reason})</source>
        <translation>Consulte a un miembro de la mesa. ({reason})</translation>
    </message>
</context>
<context>
    <name>BallotWindow</name>
    <message>
        <location filename="../../votingapp/gui/ballot_window.py" line="+77"/>
        <source>Voting booth — {title}</source>
        <translation>Cabina de votación — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting booth</source>
        <translation>Cabina de votación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Still there? Touch the screen or press a key to continue.
This screen clears itself in {n} s.</source>
        <translation>¿Sigue ahí? Toque la pantalla o pulse una tecla para continuar.
Esta pantalla se borrará en {n} s.</translation>
    </message>
</context>
<context>
    <name>CastOrCheckPage</name>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="-200"/>
        <location line="+7"/>
        <source>Cast or check</source>
        <translation>Emitir o comprobar</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Your ballot is encrypted. Its tracking code:</source>
        <translation>Su papeleta está cifrada. Su código de seguimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your ballot is encrypted</source>
        <translation>Su papeleta está cifrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking code</source>
        <translation>Código de seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cast your ballot, or check this machine first: a checked ballot is opened to show that it holds your choice, it is never counted, and you then vote again. Once cast, your vote cannot be changed.</source>
        <translation>Emita su papeleta, o compruebe antes esta máquina: una papeleta comprobada se abre para mostrar que contiene su elección, nunca se cuenta y usted vuelve a votar. Una vez emitido, su voto no se puede cambiar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check this &amp;machine</source>
        <translation>Comprobar esta &amp;máquina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this machine</source>
        <translation>Comprobar esta máquina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cast my &amp;ballot</source>
        <translation>Emitir mi &amp;papeleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cast my ballot</source>
        <translation>Emitir mi papeleta</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location line="-91"/>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one option, then review your choice.</source>
        <translation>Elija una opción y luego revise su elección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option {number}: {option}</source>
        <translation>Opción {number}: {option}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{option}, chosen</source>
        <translation>{option}, elegida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Review my choice</source>
        <translation>&amp;Revisar mi elección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review my choice</source>
        <translation>Revisar mi elección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;again</source>
        <translation>&amp;Empezar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../votingapp/gui/kiosk.py" line="+104"/>
        <location line="+12"/>
        <source>Poll worker code</source>
        <translation>Código de la mesa</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Unlock the booth</source>
        <translation>Desbloquear la cabina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a code of at least {n} characters. It is needed to leave the kiosk (press {keys}).</source>
        <translation>Elija un código de al menos {n} caracteres. Se necesita para salir del modo quiosco (pulse {keys}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poll workers only: enter the code to leave the kiosk.</source>
        <translation>Solo para los miembros de la mesa: introduzca el código para salir del modo quiosco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poll worker code again</source>
        <translation>Código de la mesa, otra vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem with the code</source>
        <translation>Problema con el código</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code needs at least {n} characters.</source>
        <translation>El código necesita al menos {n} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two codes differ.</source>
        <translation>Los dos códigos no coinciden.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../votingapp/gui/crash.py" line="+74"/>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected error occurred: {summary}

The node keeps running and its data is safe. The details were written to the log in {path}.</source>
        <translation>Se ha producido un error inesperado: {summary}

El nodo sigue funcionando y sus datos están a salvo. Los detalles se han escrito en el registro, en {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="+194"/>
        <source>Create an election</source>
        <translation>Crear una elección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Election title</source>
        <translation>Título de la elección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options, one per line</source>
        <translation>Opciones, una por línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One option per line (at least two)</source>
        <translation>Una opción por línea (al menos dos)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stations that take part</source>
        <translation>Puestos participantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station ({fp})</source>
        <translation>Este puesto ({fp})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show results &amp;live</source>
        <translation>Mostrar los resultados en &amp;directo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show results live</source>
        <translation>Mostrar los resultados en directo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show results only &amp;after the close</source>
        <translation>Mostrar los resultados solo &amp;después del cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show results only after the close</source>
        <translation>Mostrar los resultados solo después del cierre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ad&amp;vanced settings</source>
        <translation>Ajustes a&amp;vanzados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show advanced settings</source>
        <translation>Mostrar los ajustes avanzados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced settings</source>
        <translation>Ajustes avanzados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proof-of-work difficulty in bits</source>
        <translation>Dificultad de la prueba de trabajo, en bits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Difficulty (bits):</source>
        <translation>&amp;Dificultad (bits):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem with the election</source>
        <translation>Problema con la elección</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Options:</source>
        <translation>&amp;Opciones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stations:</source>
        <translation>&amp;Puestos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of election:</source>
        <translation>Tipo de elección:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results:</source>
        <translation>Resultados:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Se&amp;cret ballot (recommended)</source>
        <translation>Voto se&amp;creto (recomendado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret ballot (recommended)</source>
        <translation>Voto secreto (recomendado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pen (informal polls: votes and live results are public)</source>
        <translation>A&amp;bierta (consultas informales: los votos y los resultados en directo son públicos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open election: votes and live results are public</source>
        <translation>Elección abierta: los votos y los resultados en directo son públicos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every ballot is encrypted; only the total is ever decrypted, by the trustee stations together.</source>
        <translation>Cada papeleta se cifra; solo se descifra el total, y lo hacen los puestos custodios juntos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the secret ballot</source>
        <translation>Acerca del voto secreto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every vote is stored in plain text on every station: anyone with the record sees each vote.</source>
        <translation>Cada voto se guarda sin cifrar en todos los puestos: cualquiera que tenga el registro ve cada voto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the open election</source>
        <translation>Acerca de la elección abierta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Secret ballot</source>
        <translation>Voto secreto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret ballot: trustees and threshold</source>
        <translation>Voto secreto: custodios y umbral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trustee stations</source>
        <translation>Puestos custodios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trustee stations hold a share of the election key: together they decrypt the result, and no single laptop can read a ballot.</source>
        <translation>Los puestos custodios guardan cada uno una parte de la clave de la elección: juntos descifran el resultado, y ningún portátil puede leer por sí solo una papeleta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the trustees</source>
        <translation>Acerca de los custodios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trustee stations needed to decrypt the result</source>
        <translation>Puestos custodios necesarios para descifrar el resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the threshold</source>
        <translation>Acerca del umbral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning about a single trustee</source>
        <translation>Advertencia sobre un único custodio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: with one trustee station, this laptop alone could read single ballots. Add trustee stations for a secret ballot that no single laptop can open.</source>
        <translation>Atención: con un solo puesto custodio, este portátil podría leer por sí solo papeletas individuales. Añada puestos custodios para un voto secreto que ningún portátil pueda abrir por sí solo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;rustees:</source>
        <translation>C&amp;ustodios:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thres&amp;hold k:</source>
        <translation>&amp;Umbral k:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{k} of the {n} trustee stations must be up after the close to decrypt the result; no single laptop can read a ballot.</source>
        <translation>{k} de los {n} puestos custodios deben estar en marcha después del cierre para descifrar el resultado; ningún portátil puede leer por sí solo una papeleta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trustee station must be up after the close to decrypt the result.</source>
        <translation>El puesto custodio debe estar en marcha después del cierre para descifrar el resultado.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enter the election&apos;s title to go on.</source>
        <translation>Introduzca el título de la elección para continuar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter at least two options, one per line, to go on.</source>
        <translation>Introduzca al menos dos opciones, una por línea, para continuar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An option is listed twice: each line must be a different option.</source>
        <translation>Una opción figura dos veces: cada línea debe ser una opción distinta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one trustee station (this station, at least).</source>
        <translation>Marque al menos un puesto custodio (como mínimo, este puesto).</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../votingapp/gui/app.py" line="+102"/>
        <source>This data dir cannot be opened</source>
        <translation>No se puede abrir esta carpeta de datos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opening the election in {path}…</source>
        <translation>Abriendo la elección en {path}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>Polling station</source>
        <translation>Mesa electoral</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The station cannot start</source>
        <translation>El puesto no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="-76"/>
        <source>Enter your voter ID</source>
        <translation>Introduzca su identificador de votante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language: {name}</source>
        <translation>Idioma: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your voter ID, or scan the code on your slip.</source>
        <translation>Escriba su identificador de votante o escanee el código de su hoja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voter ID</source>
        <translation>Identificador de votante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>32 letters and digits, dashes optional</source>
        <translation>32 letras y cifras, guiones opcionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voter ID check</source>
        <translation>Comprobación del identificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue to the ballot</source>
        <translation>Continuar a la papeleta</translation>
    </message>
</context>
<context>
    <name>ExplorerWindow</name>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="+77"/>
        <source>Block explorer — {title}</source>
        <translation>Explorador de bloques — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block explorer</source>
        <translation>Explorador de bloques</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chain summary</source>
        <translation>Resumen de la cadena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sealed by</source>
        <translation>Sellado por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks</source>
        <translation>Bloques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Older blocks</source>
        <translation>Bloques más &amp;antiguos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load older blocks</source>
        <translation>Cargar bloques más antiguos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactions of the block</source>
        <translation>Transacciones del bloque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transaction detail</source>
        <translation>Detalle de la transacción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blocks, newest first</source>
        <translation>Bloques, del más reciente al más antiguo</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The node did not answer: {error}</source>
        <translation>El nodo no respondió: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} blocks on the best chain</source>
        <translation>{n} bloques en la mejor cadena</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>vote for “{choice}” by voter {voter}</source>
        <translation>voto por «{choice}» del votante {voter}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voter {voter} registered by {station}</source>
        <translation>votante {voter} inscrito por {station}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>station {name} ({station}) admitted</source>
        <translation>puesto {name} ({station}) admitido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>election closed</source>
        <translation>votación cerrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>election opened</source>
        <translation>votación abierta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted ballot, tracking code {code}…</source>
        <translation>papeleta cifrada, código de seguimiento {code}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key ceremony: a trustee&apos;s encryption key</source>
        <translation>ceremonia de claves: la clave de cifrado de un custodio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key ceremony: a trustee&apos;s commitments and encrypted shares</source>
        <translation>ceremonia de claves: los compromisos y las partes cifradas de un custodio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key ceremony: a trustee checked the shares it received</source>
        <translation>ceremonia de claves: un custodio comprobó las partes que recibió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key ceremony: {station} reports a bad share from trustee {dealer}</source>
        <translation>ceremonia de claves: {station} informa de una parte no válida del custodio {dealer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decryption share from {station} (the sum up to block {upto}…)</source>
        <translation>parte de descifrado de {station} (la suma hasta el bloque {upto}…)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This transaction is no longer on the best chain.</source>
        <translation>Esta transacción ya no está en la mejor cadena.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction {txid}</source>
        <translation>Transacción {txid}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In block {height} ({block})</source>
        <translation>En el bloque {height} ({block})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Size: {size} bytes (the choice is encrypted: nothing here shows it)</source>
        <translation>Tamaño: {size} bytes (la elección está cifrada: nada aquí la revela)</translation>
    </message>
</context>
<context>
    <name>JoinFilePage</name>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="+237"/>
        <source>Join with a manifest file</source>
        <translation>Unirse con un archivo de manifiesto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manifest file</source>
        <translation>Archivo de manifiesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the manifest file</source>
        <translation>Elegir el archivo de manifiesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s fingerprint, for the authority to admit it: &lt;b&gt;{fp}&lt;/b&gt;</source>
        <translation>Huella de este puesto, para que la autoridad lo admita: &lt;b&gt;{fp}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s fingerprint</source>
        <translation>Huella de este puesto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem joining</source>
        <translation>Problema al unirse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why Finish is not available</source>
        <translation>Por qué «Finalizar» no está disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Election manifest</source>
        <translation>Manifiesto de la elección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election manifests (*.json);;All files (*)</source>
        <translation>Manifiestos de elección (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the manifest file the authority exported to go on.</source>
        <translation>Elija el archivo de manifiesto que exportó la autoridad para continuar.</translation>
    </message>
</context>
<context>
    <name>JoinLanPage</name>
    <message>
        <location line="-149"/>
        <source>Join an election on this network</source>
        <translation>Unirse a una elección en esta red</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Elections on this network</source>
        <translation>Elecciones en esta red</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this station&apos;s fingerprint to the election authority so that it admits this station: &lt;b&gt;{fp}&lt;/b&gt;</source>
        <translation>Muestre la huella de este puesto a la autoridad electoral para que lo admita: &lt;b&gt;{fp}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s fingerprint</source>
        <translation>Huella de este puesto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the election&apos;s fingerprint with the one on the authority&apos;s screen.</source>
        <translation>Compare la huella de la elección con la que aparece en la pantalla de la autoridad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hint</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining</source>
        <translation>Uniéndose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem joining</source>
        <translation>Problema al unirse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why Next is not available</source>
        <translation>Por qué «Siguiente» no está disponible</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(discovery is off: join with a manifest file)</source>
        <translation>(la detección está desactivada: únase con un archivo de manifiesto)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{title}
Election fingerprint: {fp}
Seen via {station}</source>
        <translation>{title}
Huella de la elección: {fp}
Vista a través de {station}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wait: fetching the election.</source>
        <translation>Espere: obteniendo la elección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the election in the list to go on (none seen yet: wait a moment, or go Back and join with a manifest file).</source>
        <translation>Elija la elección en la lista para continuar (aún no se ve ninguna: espere un momento, o vuelva atrás y únase con un archivo de manifiesto).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fetching the election from {station}…</source>
        <translation>Obteniendo la elección de {station}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Joined “{title}”.</source>
        <translation>Se ha unido a «{title}».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not join: {error}</source>
        <translation>No se pudo unir: {error}</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../votingapp/gui/kiosk.py" line="+34"/>
        <source>Voting booth (kiosk) — {title}</source>
        <translation>Cabina de votación (quiosco) — {title}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wrong code. {n} tries left before the booth locks for {s} s.</source>
        <translation>Código incorrecto. Quedan {n} intentos antes de que la cabina se bloquee durante {s} s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many wrong codes: no code is accepted for {n} s.</source>
        <translation>Demasiados códigos incorrectos: no se acepta ningún código durante {n} s.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../votingapp/gui/language_choice.py" line="+63"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location line="+40"/>
        <location line="+1"/>
        <source>Language of this station</source>
        <translation>Idioma de este puesto</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="+85"/>
        <source>{title} — {station}</source>
        <translation>{title} — {station}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polling station</source>
        <translation>Mesa electoral</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Election title</source>
        <translation>Título de la elección</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This station and its role</source>
        <translation>Este puesto y su función</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admission</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Election and status</source>
        <translation>Elección y estado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status of this station</source>
        <translation>Estado de este puesto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Election</source>
        <translation>Elección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected stations</source>
        <translation>Puestos conectados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks</source>
        <translation>Bloques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting transactions</source>
        <translation>Transacciones en espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealing blocks</source>
        <translation>Sellado de bloques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last block</source>
        <translation>Último bloque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnout</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the close</source>
        <translation>Desde el cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key ceremony</source>
        <translation>Ceremonia de claves</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secret ballot</source>
        <translation>Voto secreto</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Windows</source>
        <translation>Ventanas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Registration desk</source>
        <translation>Mesa de &amp;inscripción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the registration desk</source>
        <translation>Abrir la mesa de inscripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voting &amp;booth</source>
        <translation>&amp;Cabina de votación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the voting booth</source>
        <translation>Abrir la cabina de votación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voting booth (&amp;kiosk)…</source>
        <translation>Cabina de votación (&amp;quiosco)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the voting booth in kiosk mode</source>
        <translation>Iniciar la cabina de votación en modo quiosco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;esults</source>
        <translation>R&amp;esultados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the results</source>
        <translation>Abrir los resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block e&amp;xplorer</source>
        <translation>E&amp;xplorador de bloques</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the block explorer</source>
        <translation>Abrir el explorador de bloques</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Election authority</source>
        <translation>Autoridad electoral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Admit a station…</source>
        <translation>&amp;Admitir un puesto…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admit a waiting station</source>
        <translation>Admitir un puesto en espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close the election…</source>
        <translation>Ce&amp;rrar la votación…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+276"/>
        <source>Close the election</source>
        <translation>Cerrar la votación</translation>
    </message>
    <message>
        <location line="-274"/>
        <location line="+325"/>
        <source>Export the election record</source>
        <translation>Exportar el registro de la elección</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Export the election recor&amp;d…</source>
        <translation>Exportar el registro de la elec&amp;ción…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the &amp;manifest…</source>
        <translation>Exportar el &amp;manifiesto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the manifest other stations join with</source>
        <translation>Exportar el manifiesto con el que se unen los demás puestos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>sealing a block…</source>
        <translation>sellando un bloque…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>idle</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node does not answer: {error}</source>
        <translation>El nodo no responde: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not open yet</source>
        <translation>aún no abierta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} · id {fingerprint} · secret ballot, {k} of {n} trustees decrypt the result</source>
        <translation>{state} · id {fingerprint} · voto secreto, {k} de {n} custodios descifran el resultado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{state} · id {fingerprint} · results {mode}</source>
        <translation>{state} · id {fingerprint} · resultados {mode}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live</source>
        <translation>en directo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after the close</source>
        <translation>después del cierre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (height {height})</source>
        <translation>{name} (altura {height})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{registered} registered, {voted} voted</source>
        <translation>{registered} inscritos, {voted} han votado</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>complete — one trustee: this laptop alone could read single ballots</source>
        <translation>terminada — un solo custodio: este portátil podría leer por sí solo papeletas individuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complete — {n} trustees, {k} of them decrypt the result</source>
        <translation>terminada — {n} custodios, {k} de ellos descifran el resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STOPPED: {reason}</source>
        <translation>DETENIDA: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trustee keys</source>
        <translation>claves de los custodios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shares dealt</source>
        <translation>partes repartidas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shares checked</source>
        <translation>partes comprobadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress: {step} {done} of {of} (ballots are taken once it is done)</source>
        <translation>en curso: {step} {done} de {of} (las papeletas se aceptarán cuando termine)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every ballot encrypted; the trustees decrypt the total after the close</source>
        <translation>cada papeleta cifrada; los custodios descifran el total después del cierre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not closed</source>
        <translation>no cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} station(s) hold the closed chain</source>
        <translation>{count} puesto(s) tienen la cadena cerrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for {names}</source>
        <translation>esperando a {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>result changed at {time} by late returns ({count} ballot(s) cast before the close)</source>
        <translation>resultado modificado a las {time} por entregas tardías ({count} papeleta(s) emitida(s) antes del cierre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>result unchanged since the close</source>
        <translation>resultado sin cambios desde el cierre</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>⚠ The key ceremony stopped: the share from {station} is bad. No ballot can be cast; the election authority can restart the election without that station.</source>
        <translation>⚠ La ceremonia de claves se detuvo: la parte de {station} no es válida. No se puede emitir ninguna papeleta; la autoridad electoral puede reiniciar la elección sin ese puesto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ The key ceremony stopped at this station: {problem}.</source>
        <translation>⚠ La ceremonia de claves se detuvo en este puesto: {problem}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ Double vote detected ({count}): a voter voted at two stations while they were cut off from each other. Only the vote recorded first counts; the other one (receipt {receipts}) does not.</source>
        <translation>⚠ Voto doble detectado ({count}): un votante votó en dos puestos mientras estaban incomunicados entre sí. Solo cuenta el voto registrado primero; el otro (comprobante {receipts}) no cuenta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>election authority</source>
        <translation>autoridad electoral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>admitted station</source>
        <translation>puesto admitido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for admission</source>
        <translation>en espera de admisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station: {name} ({fingerprint}) — {role}</source>
        <translation>Este puesto: {name} ({fingerprint}) — {role}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not admitted yet. Show this fingerprint to the election authority: {fingerprint}</source>
        <translation>Aún no admitido. Muestre esta huella a la autoridad electoral: {fingerprint}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Admission sent: the station is admitted with the next block.</source>
        <translation>Admisión enviada: el puesto quedará admitido con el próximo bloque.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the election now? No registration or vote is accepted after the close. This cannot be undone.</source>
        <translation>¿Cerrar la votación ahora? Después del cierre no se acepta ninguna inscripción ni ningún voto. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop this station</source>
        <translation>Detener este puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this station? Until the app is started again, no registration, vote or block goes through this laptop. Its data stays on it.</source>
        <translation>¿Detener este puesto? Hasta que se vuelva a iniciar la aplicación, ninguna inscripción, voto ni bloque pasará por este portátil. Sus datos permanecen en él.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Close sent: the election closes with the next block.</source>
        <translation>Cierre enviado: la votación se cerrará con el próximo bloque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused: {error}</source>
        <translation>Rechazado: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Election records (*.jsonl);;All files (*)</source>
        <translation>Registros de elección (*.jsonl);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export the manifest</source>
        <translation>Exportar el manifiesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election manifests (*.json);;All files (*)</source>
        <translation>Manifiestos de elección (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Wrote {path}: {blocks} blocks.</source>
        <translation>Se ha escrito {path}: {blocks} bloques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {path}: other stations join the election with it.</source>
        <translation>Se ha escrito {path}: los demás puestos se unen a la elección con él.</translation>
    </message>
</context>
<context>
    <name>ObserverQr</name>
    <message>
        <location filename="../../votingapp/gui/observer_panel.py" line="+132"/>
        <source>Follow on a phone</source>
        <translation>Seguir en un teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer board QR code</source>
        <translation>Código QR del panel de observadores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QR code of the observer board&apos;s address</source>
        <translation>Código QR de la dirección del panel de observadores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observer board address</source>
        <translation>Dirección del panel de observadores</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Scan to open the observer board: {url}</source>
        <translation>Escanee para abrir el panel de observadores: {url}</translation>
    </message>
</context>
<context>
    <name>ObserverSwitch</name>
    <message>
        <location line="-78"/>
        <location line="+1"/>
        <source>Observer board</source>
        <translation>Panel de observadores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serve a read-only page of the election to phones on the LAN</source>
        <translation>Ofrecer una página de solo lectura de la elección a los teléfonos de la red local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer board on or off</source>
        <translation>Panel de observadores activado o desactivado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observer board address</source>
        <translation>Dirección del panel de observadores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Observer board problem</source>
        <translation>Problema del panel de observadores</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Observer board: on — {url}</source>
        <translation>Panel de observadores: activado — {url}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observer board: off</source>
        <translation>Panel de observadores: desactivado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The observer board could not start: {reason}</source>
        <translation>No se pudo iniciar el panel de observadores: {reason}</translation>
    </message>
</context>
<context>
    <name>OpenedPage</name>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="+178"/>
        <source>Your ballot, opened for checking</source>
        <translation>Su papeleta, abierta para comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ballot is opened for checking: it will never be counted.</source>
        <translation>Esta papeleta está abierta para comprobación: nunca se contará.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot opened</source>
        <translation>Papeleta abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to check this machine</source>
        <translation>Cómo comprobar esta máquina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The opened ballot, as text</source>
        <translation>La papeleta abierta, como texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the opened ballot</source>
        <translation>Código QR de la papeleta abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vote again</source>
        <translation>&amp;Volver a votar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote again</source>
        <translation>Volver a votar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave without voting</source>
        <translation>Salir sin votar</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location line="+61"/>
        <source>Your receipt</source>
        <translation>Su comprobante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you. Your vote is recorded.</source>
        <translation>Gracias. Su voto ha quedado registrado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote recorded</source>
        <translation>Voto registrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your receipt is your ballot&apos;s tracking code: it lets you check later that your ballot is in the record (Results → Check a receipt). It shows neither your choice nor who you are.</source>
        <translation>Su comprobante es el código de seguimiento de su papeleta: le permite comprobar más tarde que su papeleta figura en el registro (Resultados → Comprobar un comprobante). No revela ni su elección ni su identidad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your receipt lets you check later that your vote is in the record (Results → Check a receipt). It does not show who you are.</source>
        <translation>Su comprobante le permite comprobar más tarde que su voto figura en el registro (Resultados → Comprobar un comprobante). No revela su identidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the receipt</source>
        <translation>Acerca del comprobante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Comprobante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the receipt</source>
        <translation>Código QR del comprobante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left on this screen</source>
        <translation>Tiempo restante en esta pantalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../votingapp/gui/refusals.py" line="+44"/>
        <source>The stored chain is damaged.</source>
        <translation>La cadena guardada está dañada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chain is damaged at block {height}.</source>
        <translation>La cadena está dañada en el bloque {height}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block {height}: {cause}</source>
        <translation>Bloque {height}: {cause}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} does not exist.</source>
        <translation>{path} no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file or folder does not exist.</source>
        <translation>Un archivo o una carpeta no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station may not use {path}.</source>
        <translation>Este puesto no tiene permiso para usar {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station may not use a file or folder.</source>
        <translation>Este puesto no tiene permiso para usar un archivo o una carpeta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full.</source>
        <translation>El disco está lleno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} cannot be read or written.</source>
        <translation>No se puede leer ni escribir {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file or folder cannot be read or written.</source>
        <translation>No se puede leer ni escribir un archivo o una carpeta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This breaks a rule of the election and was refused.</source>
        <extracomment>One sentence per error class, found by the error&apos;s exact class first, then its bases.</extracomment>
        <translation>Esto infringe una regla de la elección y se ha rechazado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data is damaged or not in the expected form.</source>
        <translation>Los datos están dañados o no tienen la forma esperada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a valid voter ID: check it for typing mistakes.</source>
        <translation>Este identificador de votante no es válido: revise si tiene errores de escritura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election&apos;s description is not valid (it is not signed by its authority).</source>
        <translation>La descripción de la elección no es válida (no está firmada por su autoridad).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request breaks a rule of the election and was refused.</source>
        <translation>La solicitud infringe una regla de la elección y se ha rechazado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A signature does not match: the request was refused.</source>
        <translation>Una firma no coincide: la solicitud se ha rechazado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request belongs to another election.</source>
        <translation>Esta solicitud pertenece a otra elección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request has already been recorded.</source>
        <translation>Esta solicitud ya se ha registrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station is not admitted to the election yet: ask the election authority to admit it.</source>
        <translation>Este puesto aún no está admitido en la elección: pida a la autoridad electoral que lo admita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station is already admitted.</source>
        <translation>Este puesto ya está admitido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voter is already registered.</source>
        <translation>Este votante ya está inscrito.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voter ID is not registered (yet). If it was registered just now, wait a moment and try again.</source>
        <translation>Este identificador de votante no está inscrito (todavía). Si se acaba de inscribir, espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A vote has already been cast with this voter ID. Each voter votes once.</source>
        <translation>Ya se ha emitido un voto con este identificador de votante. Cada votante vota una sola vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That choice is not an option on this ballot.</source>
        <translation>Esa elección no es una opción de esta papeleta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election is closed: no more registrations or votes are accepted.</source>
        <translation>La votación está cerrada: ya no se aceptan inscripciones ni votos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This registration or vote was made after the election closed: it does not count.</source>
        <translation>Esta inscripción o este voto se hizo después del cierre de la votación: no cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election cannot be closed at a time before votes that were already counted.</source>
        <translation>La votación no puede cerrarse en una hora anterior a votos que ya se han contado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This registration or vote is dated before the election was created: check this station&apos;s clock.</source>
        <translation>Esta inscripción o este voto tiene una fecha anterior a la creación de la elección: revise el reloj de este puesto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The election is not open yet: votes can be cast once it opens.</source>
        <translation>La votación aún no está abierta: se podrá votar cuando se abra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election cannot be opened by hand: it opens by itself, or it is already open.</source>
        <translation>La votación no puede abrirse manualmente: se abre sola, o ya está abierta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request does not fit this kind of election (open or secret ballot).</source>
        <translation>Esta solicitud no corresponde a este tipo de elección (voto abierto o secreto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station is not a trustee of the election.</source>
        <translation>Este puesto no es custodio de la elección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trustees&apos; key ceremony has stopped (a complaint about trustee {dealer}): no ballot can be cast.</source>
        <translation>La ceremonia de claves de los custodios se ha detenido (una reclamación contra el custodio {dealer}): no se puede emitir ninguna papeleta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key ceremony is already complete.</source>
        <translation>La ceremonia de claves ya ha terminado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trustee {trustee} has already published its key.</source>
        <translation>El custodio {trustee} ya ha publicado su clave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key published by trustee {trustee} is not valid.</source>
        <translation>La clave publicada por el custodio {trustee} no es válida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some trustees have not published their key yet (trustees {missing}).</source>
        <translation>Algunos custodios aún no han publicado su clave (custodios {missing}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trustee {dealer} has already dealt its shares.</source>
        <translation>El custodio {dealer} ya ha repartido sus partes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shares dealt by trustee {dealer} are not valid.</source>
        <translation>Las partes repartidas por el custodio {dealer} no son válidas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some trustees have not dealt their shares yet (trustees {missing}).</source>
        <translation>Algunos custodios aún no han repartido sus partes (custodios {missing}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trustee {trustee} has already confirmed its shares.</source>
        <translation>El custodio {trustee} ya ha confirmado sus partes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This complaint does not name another trustee.</source>
        <translation>Esta reclamación no señala a otro custodio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election key is not ready yet: the trustee stations have not finished the key ceremony ({done} of {trustees} done).</source>
        <translation>La clave de la elección aún no está lista: los puestos custodios no han terminado la ceremonia de claves ({done} de {trustees} han terminado).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>The encrypted ballot is not valid.</source>
        <translation>La papeleta cifrada no es válida.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The results cannot be decrypted before the election closes.</source>
        <translation>Los resultados no pueden descifrarse antes del cierre de la votación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This decryption refers to a block that is not in the chain after the close.</source>
        <translation>Este descifrado se refiere a un bloque que no está en la cadena después del cierre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trustee {trustee} has already sent its decryption share.</source>
        <translation>El custodio {trustee} ya ha enviado su parte de descifrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+52"/>
        <source>The decryption share of trustee {trustee} is not valid.</source>
        <translation>La parte de descifrado del custodio {trustee} no es válida.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>A block breaks a rule of the election and was refused.</source>
        <translation>Un bloque infringe una regla de la elección y se ha rechazado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block&apos;s contents do not match its header.</source>
        <translation>El contenido de un bloque no coincide con su cabecera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block was not sealed with enough work ({actual} of {required} bits).</source>
        <translation>Un bloque no se selló con suficiente trabajo ({actual} de {required} bits).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A block&apos;s signature does not match.</source>
        <translation>La firma de un bloque no coincide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block was sealed by a station that is not admitted.</source>
        <translation>Un bloque fue sellado por un puesto que no está admitido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block does not link to the block before it.</source>
        <translation>Un bloque no enlaza con el bloque anterior.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block follows a block that this station does not know (yet).</source>
        <translation>Un bloque sigue a un bloque que este puesto no conoce (todavía).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block has the wrong number: {actual} instead of {expected}.</source>
        <translation>Un bloque tiene un número incorrecto: {actual} en lugar de {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A block&apos;s time breaks a rule of the election.</source>
        <translation>La hora de un bloque infringe una regla de la elección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block is dated before the block it follows.</source>
        <translation>Un bloque tiene una fecha anterior a la del bloque al que sigue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block is dated in the future: check the stations&apos; clocks.</source>
        <translation>Un bloque tiene una fecha futura: revise los relojes de los puestos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A request is dated after the block that holds it.</source>
        <translation>Una solicitud tiene una fecha posterior a la del bloque que la contiene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block holds no requests or too many ({actual}; at most {limit}).</source>
        <translation>Un bloque no contiene ninguna solicitud o contiene demasiadas ({actual}; como máximo {limit}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request {index} of a block was refused: {cause}</source>
        <translation>La solicitud {index} de un bloque se ha rechazado: {cause}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A cryptographic check failed.</source>
        <translation>Ha fallado una comprobación criptográfica.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key or an encrypted value is malformed.</source>
        <translation>Una clave o un valor cifrado está mal formado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proof does not check out.</source>
        <translation>Una prueba no se verifica.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The commitments of trustee {dealer} are not valid.</source>
        <translation>Los compromisos del custodio {dealer} no son válidos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share from trustee {dealer} to trustee {recipient} is not valid: the key ceremony stops.</source>
        <translation>La parte del custodio {dealer} para el custodio {recipient} no es válida: la ceremonia de claves se detiene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A trustee complained about a share that is in fact valid: the complaint is refused.</source>
        <translation>Un custodio reclamó contra una parte que en realidad es válida: la reclamación se rechaza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough trustees have sent their decryption shares yet.</source>
        <translation>Todavía no hay suficientes custodios que hayan enviado su parte de descifrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A count could not be decrypted (the decryption shares do not fit).</source>
        <translation>No se pudo descifrar un recuento (las partes de descifrado no concuerdan).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A key file of this station is damaged or cannot be read.</source>
        <translation>Un archivo de clave de este puesto está dañado o no se puede leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s data cannot be read.</source>
        <translation>No se pueden leer los datos de este puesto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station cannot write to its disk (is it full?).</source>
        <translation>Este puesto no puede escribir en su disco (¿está lleno?).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secret file of this station is damaged or cannot be read.</source>
        <translation>Un archivo secreto de este puesto está dañado o no se puede leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file cannot be read or is not an election record.</source>
        <translation>Este archivo no se puede leer o no es un registro de elección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election record is cut short or damaged.</source>
        <translation>El registro de la elección está truncado o dañado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A translation file of this app is damaged: reinstall the app.</source>
        <translation>Un archivo de traducción de esta aplicación está dañado: vuelva a instalar la aplicación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station has too many requests waiting: try again in a moment.</source>
        <translation>Este puesto tiene demasiadas solicitudes en espera: vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The verification was cancelled.</source>
        <translation>La verificación se ha cancelado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election cannot be created as asked.</source>
        <translation>La elección no puede crearse tal como se ha pedido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report cannot be made or read.</source>
        <translation>El informe no se puede generar ni leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report does not match the election record.</source>
        <translation>El informe no coincide con el registro de la elección.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This station could not do this.</source>
        <translation>Este puesto no ha podido hacerlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station cannot use its disk: nothing new is recorded until it can.</source>
        <translation>Este puesto no puede usar su disco: no se registra nada nuevo hasta que pueda.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This station&apos;s node did not start in time.</source>
        <extracomment>Messages of the classes that say different things at different raises: (class, message pattern, sentence).</extracomment>
        <translation>El nodo de este puesto no se inició a tiempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s node could not start.</source>
        <translation>El nodo de este puesto no pudo iniciarse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another station is already running on the data folder {path}.</source>
        <translation>Otro puesto ya está funcionando con la carpeta de datos {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data folder {path} holds no election: create one or join one.</source>
        <translation>La carpeta de datos {path} no contiene ninguna elección: cree una o únase a una.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This station&apos;s node has stopped.</source>
        <translation>El nodo de este puesto se ha detenido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was dropped: it conflicts with what is already recorded.</source>
        <translation>La solicitud se ha descartado: entra en conflicto con lo que ya está registrado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station&apos;s node is not running.</source>
        <translation>El nodo de este puesto no está en funcionamiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s node did not answer in time: please try again.</source>
        <translation>El nodo de este puesto no respondió a tiempo: vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station does not know that request.</source>
        <translation>Este puesto no conoce esa solicitud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was not recorded in a block within {seconds} seconds.</source>
        <translation>La solicitud no se registró en un bloque en {seconds} segundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station ({fingerprint}) is not admitted yet: ask the election authority to admit it.</source>
        <translation>Este puesto ({fingerprint}) aún no está admitido: pida a la autoridad electoral que lo admita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is an open election: votes are not encrypted.</source>
        <translation>Es una elección abierta: los votos no se cifran.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This ballot was opened for checking, so it can never be cast: the voter votes again.</source>
        <translation>Esta papeleta se abrió para comprobación, por lo que nunca podrá emitirse: el votante vuelve a votar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+223"/>
        <source>This ballot belongs to another election.</source>
        <translation>Esta papeleta pertenece a otra elección.</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>This station&apos;s clock is {duration} behind the other stations: set the clock. Sealing blocks and registering voters are paused until then.</source>
        <translation>El reloj de este puesto va {duration} por detrás de los demás puestos: ajuste el reloj. El sellado de bloques y la inscripción de votantes quedan en pausa hasta entonces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This station&apos;s clock is {duration} ahead of the other stations: set the clock. Sealing blocks and registering voters are paused until then.</source>
        <translation>El reloj de este puesto va {duration} por delante de los demás puestos: ajuste el reloj. El sellado de bloques y la inscripción de votantes quedan en pausa hasta entonces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the station that created the election (it holds the authority key) can do this.</source>
        <translation>Solo el puesto que creó la elección (tiene la clave de la autoridad) puede hacerlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s network is not running.</source>
        <translation>La red de este puesto no está en funcionamiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A receipt has 64 characters: the digits 0 to 9 and the letters a to f.</source>
        <translation>Un comprobante tiene 64 caracteres: las cifras del 0 al 9 y las letras de la a a la f.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>La solicitud se ha cancelado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The observer board cannot listen on port {port}: another program may use it.</source>
        <translation>El panel de observadores no puede escuchar en el puerto {port}: quizá lo use otro programa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This station cannot write to its disk: it is full. No new votes are recorded until space is freed.</source>
        <translation>Este puesto no puede escribir en su disco: está lleno. No se registran votos nuevos hasta que se libere espacio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station cannot write to its disk: no new votes are recorded until it can write again.</source>
        <translation>Este puesto no puede escribir en su disco: no se registran votos nuevos hasta que pueda volver a escribir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station cannot read its database.</source>
        <translation>Este puesto no puede leer su base de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another laptop runs with this station&apos;s key (a copied data folder?): {address} refused this station because that copy is connected to it. Only one may run.</source>
        <translation>Otro portátil funciona con la clave de este puesto (¿una carpeta de datos copiada?): {address} rechazó este puesto porque esa copia está conectada a él. Solo puede funcionar uno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two laptops use the key of station {station}: the one at {address} was refused while the one at {connected} is connected (a copied data folder?).</source>
        <translation>Dos portátiles usan la clave del puesto {station}: el de {address} fue rechazado mientras el de {connected} está conectado (¿una carpeta de datos copiada?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ballot must be open or secret.</source>
        <translation>El voto debe ser abierto o secreto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An open election has no trustees and no threshold (trustees decrypt secret ballots).</source>
        <translation>Una elección abierta no tiene custodios ni umbral (los custodios descifran los votos secretos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secret election needs at least one trustee station.</source>
        <translation>Una elección con voto secreto necesita al menos un puesto custodio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A trustee is listed twice.</source>
        <translation>Un custodio figura dos veces en la lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trustee {key} is not a station of this election: trustees must be admitted stations.</source>
        <translation>El custodio {key} no es un puesto de esta elección: los custodios deben ser puestos admitidos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The threshold must be between 1 and {count} (the number of trustees).</source>
        <translation>El umbral debe estar entre 1 y {count} (el número de custodios).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A threshold of 1 with {count} trustees would let each trustee laptop read single ballots alone: use 2 or more.</source>
        <translation>Un umbral de 1 con {count} custodios permitiría a cada portátil custodio leer por sí solo papeletas individuales: use 2 o más.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The difficulty must be between 0 and {most} bits.</source>
        <translation>La dificultad debe estar entre 0 y {most} bits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A station is listed twice.</source>
        <translation>Un puesto figura dos veces en la lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An election needs 2 to {most} options.</source>
        <translation>Una elección necesita de 2 a {most} opciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each option must differ from the others.</source>
        <translation>Cada opción debe ser distinta de las demás.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title must have {least} to {most} characters.</source>
        <translation>El título debe tener de {least} a {most} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each option must have {least} to {most} characters.</source>
        <translation>Cada opción debe tener de {least} a {most} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A station&apos;s name must have at most {most} characters.</source>
        <translation>El nombre de un puesto debe tener como máximo {most} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title, the options and the names must not begin or end with a space, nor hold control characters.</source>
        <translation>El título, las opciones y los nombres no deben empezar ni terminar con un espacio, ni contener caracteres de control.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These settings do not make a valid election.</source>
        <translation>Estos ajustes no forman una elección válida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data folder {path} already holds an election.</source>
        <translation>La carpeta de datos {path} ya contiene una elección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station is listed among the other stations (it is admitted anyway).</source>
        <translation>Este puesto figura entre los demás puestos (queda admitido de todos modos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The election file {path} does not exist.</source>
        <translation>El archivo de elección {path} no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election file {path} cannot be read.</source>
        <translation>No se puede leer el archivo de elección {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {path} is damaged or is not an election file.</source>
        <translation>El archivo {path} está dañado o no es un archivo de elección.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A station&apos;s name on a report has 1 to {most} characters.</source>
        <translation>El nombre de un puesto en un informe tiene de 1 a {most} caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A report is a zero report or a results report.</source>
        <translation>Un informe es un informe cero o un informe de resultados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ballots have already been cast ({count}): the zero report is printed before the first ballot. Print the results report at the close.</source>
        <translation>Ya se han emitido papeletas ({count}): el informe cero se imprime antes de la primera papeleta. Imprima el informe de resultados al cierre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election is not closed: the results report is printed after the close.</source>
        <translation>La votación no está cerrada: el informe de resultados se imprime después del cierre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The results are still sealed ({shares} of {k} trustee shares): print the results report once the trustees have decrypted them.</source>
        <translation>Los resultados siguen sellados ({shares} de {k} partes de custodios): imprima el informe de resultados cuando los custodios los hayan descifrado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a report of this app: it has no check text.</source>
        <translation>No es un informe de esta aplicación: no tiene texto de verificación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report&apos;s check text is incomplete or malformed (cut or altered).</source>
        <translation>El texto de verificación del informe está incompleto o mal formado (cortado o alterado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>The data folder {path} holds no election.</source>
        <translation>La carpeta de datos {path} no contiene ninguna elección.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The report is of another election than the record.</source>
        <translation>El informe es de una elección distinta a la del registro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record ends at block {height}, before the report&apos;s block {report} (cut short?).</source>
        <translation>El registro termina en el bloque {height}, antes del bloque {report} del informe (¿truncado?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report was made on another chain than the record&apos;s.</source>
        <translation>El informe se generó en una cadena distinta a la del registro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record gives no such report at the report&apos;s block.</source>
        <translation>El registro no da ese informe en el bloque del informe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report&apos;s figures were altered: they are not the record&apos;s.</source>
        <translation>Las cifras del informe se alteraron: no son las del registro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printed figures were altered: they are not the record&apos;s.</source>
        <translation>Las cifras impresas se alteraron: no son las del registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voter ID holds a character that voter IDs never use: check it for typing mistakes.</source>
        <translation>Este identificador de votante contiene un carácter que los identificadores nunca usan: revise si tiene errores de escritura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A voter ID has {length} characters; this one has {count}.</source>
        <translation>Un identificador de votante tiene {length} caracteres; este tiene {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voter ID is mistyped: check it character by character.</source>
        <translation>Este identificador de votante está mal escrito: revíselo carácter por carácter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a file, not a data folder.</source>
        <translation>{path} es un archivo, no una carpeta de datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data folder {path} does not exist.</source>
        <translation>La carpeta de datos {path} no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data folder {path} already holds an election authority&apos;s key.</source>
        <translation>La carpeta de datos {path} ya contiene la clave de una autoridad electoral.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {path} holds an election made by an older version of this program (before the secret ballot): this version cannot open it. Use the version that made it, or create a new election in another data folder.</source>
        <translation>La base de datos {path} contiene una elección creada con una versión anterior de este programa (anterior al voto secreto): esta versión no puede abrirla. Use la versión con la que se creó, o cree una elección nueva en otra carpeta de datos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block {block} is not in this station&apos;s database.</source>
        <translation>El bloque {block} no está en la base de datos de este puesto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no election database at {path}.</source>
        <translation>No hay ninguna base de datos de elección en {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {path} was made by another version of this program.</source>
        <translation>La base de datos {path} se creó con otra versión de este programa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {path} is damaged or is not an election database.</source>
        <translation>La base de datos {path} está dañada o no es una base de datos de elección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {path} already holds another election.</source>
        <translation>La base de datos {path} ya contiene otra elección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret file {path} is protected by a passphrase: start the station with its passphrase.</source>
        <translation>El archivo secreto {path} está protegido con una frase de contraseña: inicie el puesto con su frase de contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret file {path} is damaged, or the passphrase is wrong.</source>
        <translation>El archivo secreto {path} está dañado, o la frase de contraseña es incorrecta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret file {path} cannot be read.</source>
        <translation>No se puede leer el archivo secreto {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secret file of this station is damaged.</source>
        <translation>Un archivo secreto de este puesto está dañado.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Something went wrong ({name}). Please ask the person in charge of the station.</source>
        <translation>Algo ha fallado ({name}). Consulte a la persona responsable del puesto.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This is not the text of an opened ballot.</source>
        <extracomment>Why a ballot opened for checking does or does not check out (votingapp/core/crypto/opened.py).</extracomment>
        <translation>No es el texto de una papeleta abierta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The option shown is not the election&apos;s option at that position.</source>
        <translation>La opción mostrada no es la opción de la elección en esa posición.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The opened ballot&apos;s randomness is not valid.</source>
        <translation>La aleatoriedad de la papeleta abierta no es válida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The booth did NOT encrypt “{option}”: do not trust this machine.</source>
        <translation>La cabina NO cifró «{option}»: no confíe en esta máquina.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tracking code the booth showed is not this ballot&apos;s: the booth may have encrypted another choice. Do not trust this machine.</source>
        <translation>El código de seguimiento que mostró la cabina no es el de esta papeleta: la cabina pudo cifrar otra elección. No confíe en esta máquina.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This opened ballot does not check out.</source>
        <translation>Esta papeleta abierta no supera la comprobación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>another vote by the same voter was recorded first (a double vote, e.g. across a partition)</source>
        <translation>otro voto del mismo votante se registró primero (un voto doble, por ejemplo durante un corte de la red)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it conflicts with the chain</source>
        <translation>entra en conflicto con la cadena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it breaks a rule of the election</source>
        <translation>infringe una regla de la elección</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its trustee secrets cannot be read or written</source>
        <extracomment>Why this station cannot do its part of the key ceremony (votingapp/node/ceremony.py), said after a colon.</extracomment>
        <translation>sus secretos de custodio no se pueden leer ni escribir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its trustee secret file belongs to another election</source>
        <translation>su archivo secreto de custodio pertenece a otra elección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its trustee secrets are lost (the trustee key on the chain is not in its data folder)</source>
        <translation>sus secretos de custodio se han perdido (la clave de custodio de la cadena no está en su carpeta de datos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the trustee key on the chain is not the one in its data folder</source>
        <translation>la clave de custodio de la cadena no es la de su carpeta de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its secret polynomial is gone but its deal is not in the chain</source>
        <translation>su polinomio secreto ha desaparecido pero su reparto no está en la cadena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its secret polynomial does not match its deal in the chain</source>
        <translation>su polinomio secreto no coincide con su reparto en la cadena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its secret share is not in its data folder: it cannot take part in the decryption</source>
        <translation>su parte secreta no está en su carpeta de datos: no puede participar en el descifrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its secret share does not match its verification key in the chain</source>
        <translation>su parte secreta no coincide con su clave de verificación en la cadena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at this station: {problem}</source>
        <translation>en este puesto: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the share from {station} is bad</source>
        <translation>la parte de {station} no es válida</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this station cannot do its part of the key ceremony</source>
        <translation>este puesto no puede hacer su parte de la ceremonia de claves</translation>
    </message>
</context>
<context>
    <name>RefusalPage</name>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="+27"/>
        <source>Your vote was not recorded</source>
        <translation>Su voto no se registró</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Qué ha ocurrido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;again</source>
        <translation>&amp;Empezar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>RegistrationWindow</name>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="+96"/>
        <source>Registration desk — {title}</source>
        <translation>Mesa de inscripción — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Registration desk</source>
        <translation>Mesa de inscripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the voter&apos;s eligibility, then press “Register voter”. Give the voter the slip: its ID is their secret ballot key. No personal data is entered or kept.</source>
        <translation>Compruebe que la persona tiene derecho a votar y pulse «Inscribir votante». Entréguele la hoja: su identificador es su clave secreta de voto. No se introduce ni se guarda ningún dato personal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to register a voter</source>
        <translation>Cómo inscribir a un votante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Register voter</source>
        <translation>&amp;Inscribir votante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register voter</source>
        <translation>Inscribir votante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New voter ID</source>
        <translation>Nuevo identificador de votante</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>QR code of the voter ID</source>
        <translation>Código QR del identificador de votante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the voter ID leaves the screen</source>
        <translation>Cuándo desaparece el identificador de la pantalla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press “Register voter” for the next voter.</source>
        <translation>Pulse «Inscribir votante» para el siguiente votante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration state</source>
        <translation>Estado de la inscripción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registration error</source>
        <translation>Error de inscripción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print slip…</source>
        <translation>Im&amp;primir la hoja…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the voter slip</source>
        <translation>Imprimir la hoja del votante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the voter ID from the screen</source>
        <translation>Borrar el identificador de la pantalla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voters registered at this desk</source>
        <translation>Votantes inscritos en esta mesa</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Registering…</source>
        <translation>Inscribiendo…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Voter registered; the registration goes into the next block. Print the slip or let the voter scan the code.</source>
        <translation>Votante inscrito; la inscripción entrará en el próximo bloque. Imprima la hoja o deje que el votante escanee el código.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A registration was NOT recorded ({reason}): a voter whose ID the booth does not know registers again.</source>
        <translation>Una inscripción NO se registró ({reason}): el votante cuyo identificador la cabina no reconozca debe inscribirse de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} voter(s) registered at this desk today</source>
        <translation>{count} votante(s) inscrito(s) hoy en esta mesa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {n} waiting for a block</source>
        <translation> · {n} esperando un bloque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {n} NOT recorded</source>
        <translation> · {n} NO registrado(s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No voter was registered.</source>
        <translation>No se inscribió a ningún votante.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This ID leaves the screen in {seconds} s.</source>
        <translation>Este identificador desaparecerá de la pantalla en {seconds} s.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each voter ID leaves the screen {seconds} s after it is shown.</source>
        <translation>Cada identificador desaparece de la pantalla {seconds} s después de mostrarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../votingapp/gui/reports.py" line="+92"/>
        <source>To check this report against the election record, scan the code or run: votingapp verify RECORD --report THIS.pdf</source>
        <translation>Para cotejar este informe con el registro de la elección, escanee el código o ejecute: votingapp verify RECORD --report THIS.pdf</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location line="+17"/>
        <source>Print the &amp;zero report…</source>
        <translation>Imprimir el informe &amp;cero…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the zero report, before the first ballot</source>
        <translation>Imprimir el informe cero, antes de la primera papeleta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the results re&amp;port…</source>
        <translation>Imprimir el informe de resul&amp;tados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the results report after the close</source>
        <translation>Imprimir el informe de resultados después del cierre</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+3"/>
        <source>No report</source>
        <translation>Sin informe</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The report was not made: {reason}</source>
        <translation>No se generó el informe: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportRow</name>
    <message>
        <location filename="../../votingapp/election/report_language.py" line="+37"/>
        <source>Zero report</source>
        <translation>Informe cero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results report</source>
        <translation>Informe de resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the report</source>
        <translation>Fin del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election</source>
        <translation>Elección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election id</source>
        <translation>Identificador de la elección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip hash</source>
        <translation>Hash del último bloque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot</source>
        <translation>Votación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots cast</source>
        <translation>Papeletas emitidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnout</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypted by</source>
        <translation>Descifrado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no ballot cast yet: every count is zero</source>
        <translation>aún no se ha emitido ninguna papeleta: todos los recuentos son cero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votes</source>
        <translation>votos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votes (share of the ballots cast)</source>
        <translation>votos (porcentaje de las papeletas emitidas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT closed</source>
        <translation>NO cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret, trustees {trustees}, threshold {threshold}</source>
        <translation>secreta, custodios {trustees}, umbral {threshold}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{voted} of {registered} ({share})</source>
        <translation>{voted} de {registered} ({share})</translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="+74"/>
        <source>Results — {title}</source>
        <translation>Resultados — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Election title</source>
        <translation>Título de la elección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Election state</source>
        <translation>Estado de la votación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the close</source>
        <translation>Después del cierre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turnout</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who decrypted the result</source>
        <translation>Quién descifró el resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This election shows its results once it is closed. Turnout is live.</source>
        <translation>Esta elección muestra sus resultados cuando se cierra la votación. La participación se muestra en directo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results are hidden until the close</source>
        <translation>Los resultados están ocultos hasta el cierre</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Chart and counts</source>
        <translation>Gráfico y recuentos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Bar chart of the votes per option</source>
        <translation>Gráfico de barras de los votos por opción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes and shares per option</source>
        <translation>Votos y porcentajes por opción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify everything</source>
        <translation>&amp;Verificarlo todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify every block, transaction and signature</source>
        <translation>Verificar cada bloque, transacción y firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every block was checked by this node as it arrived.</source>
        <translation>Este nodo verificó cada bloque a su llegada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification outcome</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Check a receipt</source>
        <translation>Comprobar un comprobante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt to check</source>
        <translation>Comprobante que se va a comprobar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the receipt&apos;s 64 hexadecimal digits</source>
        <translation>los 64 dígitos hexadecimales del comprobante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;heck</source>
        <translation>Co&amp;mprobar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the receipt</source>
        <translation>Comprobar el comprobante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the vote is recorded</source>
        <translation>Dónde está registrado el voto</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Check a ballot</source>
        <translation>Comprobar una papeleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the text of a ballot a booth opened for checking (“Check this machine”):</source>
        <translation>Pegue el texto de una papeleta que una cabina abrió para comprobación («Comprobar esta máquina»):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened ballot to check</source>
        <translation>Papeleta abierta que se va a comprobar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the &amp;ballot</source>
        <translation>Comprobar la &amp;papeleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the opened ballot</source>
        <translation>Comprobar la papeleta abierta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the check of the ballot says</source>
        <translation>Resultado de la comprobación de la papeleta</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The node did not answer: {error}</source>
        <translation>El nodo no respondió: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Registered {registered} · Voted {voted} · Turnout {share}</source>
        <translation>Inscritos {registered} · Han votado {voted} · Participación {share}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not open yet</source>
        <translation>aún no abierta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Election {status} · block height {height} · every block checked by this node as it arrived</source>
        <translation>Votación {status} · altura de bloque {height} · cada bloque verificado por este nodo a su llegada</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sealed — {shares} of {k} trustee shares</source>
        <translation>Sellado — {shares} de {k} partes de custodios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The result is decrypted once {k} of the trustee stations have sent their share of the decryption. Turnout is live.</source>
        <translation>El resultado se descifrará cuando {k} de los puestos custodios hayan enviado su parte del descifrado. La participación se muestra en directo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every ballot is encrypted. After the close, the trustee stations ({k} of them suffice) decrypt the total together; no single ballot is ever decrypted. Turnout is live.</source>
        <translation>Cada papeleta está cifrada. Después del cierre, los puestos custodios (bastan {k} de ellos) descifran juntos el total; nunca se descifra una papeleta individual. La participación se muestra en directo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decrypted by {m} of {n} trustees ({names}), every proof checked by this node.</source>
        <translation>Descifrado por {m} de {n} custodios ({names}); este nodo verificó cada prueba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Late returns came in since: {n} not in this result. Fewer than {m} late ballots stay sealed, because decrypting them apart would give away how they voted.</source>
        <translation>Desde entonces han llegado entregas tardías: {n} no están en este resultado. Menos de {m} papeletas tardías permanecen selladas, porque descifrarlas aparte revelaría cómo votaron.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Late returns came in since: the new count waits for the trustees&apos; shares.</source>
        <translation>Desde entonces han llegado entregas tardías: el nuevo recuento espera las partes de los custodios.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Closed at {time} (block {height}): nothing cast later counts.</source>
        <translation>Cerrada a las {time} (bloque {height}): nada emitido después cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations holding the closed chain: {names}.</source>
        <translation>Puestos que tienen la cadena cerrada: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not heard from since the close (cut off or off): {names}.</source>
        <translation>Sin noticias desde el cierre (incomunicados o apagados): {names}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The result last changed at {time}: late returns, {count} ballot(s) cast before the close at a station that was cut off, last from {station}.</source>
        <translation>El resultado cambió por última vez a las {time}: entregas tardías, {count} papeleta(s) emitida(s) antes del cierre en un puesto que estaba incomunicado, la última desde {station}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The result has not changed since the close.</source>
        <translation>El resultado no ha cambiado desde el cierre.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Verifying every block, transaction and signature…</source>
        <translation>Verificando cada bloque, transacción y firma…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Valid: {blocks} blocks, {txs} transactions and {sigs} signatures checked in {seconds:.2f} s; {registered} registered, {voted} voted.</source>
        <translation>✓ Válido: {blocks} bloques, {txs} transacciones y {sigs} firmas verificados en {seconds:.2f} s; {registered} inscritos, {voted} han votado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verification stopped.</source>
        <translation>Verificación detenida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ INVALID: {error}</source>
        <translation>✗ NO VÁLIDO: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not verify: {error}</source>
        <translation>No se pudo verificar: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A receipt has 64 hexadecimal digits (0-9, a-f).</source>
        <translation>Un comprobante tiene 64 dígitos hexadecimales (0-9, a-f).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not found: this node knows no transaction with this receipt.</source>
        <translation>No encontrado: este nodo no conoce ninguna transacción con este comprobante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a vote&apos;s receipt (it is a {type} transaction).</source>
        <translation>No es el comprobante de un voto (es una transacción {type}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received: the vote waits for the next block.</source>
        <translation>Recibido: el voto espera al próximo bloque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ Not counted: this vote was dropped because {reason}.</source>
        <translation>✗ No contado: este voto se descartó porque {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Recorded in block {height} (position {position}); {confirmations} block(s) confirm it.</source>
        <translation>✓ Registrado en el bloque {height} (posición {position}); {confirmations} bloque(s) lo confirman.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(An encrypted ballot: its tracking code shows no choice.)</source>
        <translation>(Una papeleta cifrada: su código de seguimiento no revela ninguna elección.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node could not check the receipt: {error}</source>
        <translation>El nodo no pudo comprobar el comprobante: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste the opened ballot&apos;s text first.</source>
        <translation>Pegue primero el texto de la papeleta abierta.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The election key is not made yet (the trustees&apos; key ceremony): no ballot can be checked.</source>
        <translation>La clave de la elección aún no se ha generado (ceremonia de claves de los custodios): no se puede comprobar ninguna papeleta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ The booth encrypted “{option}”, as the opened ballot states (tracking code {code}…). This ballot was opened, so it is never counted.</source>
        <translation>✓ La cabina cifró «{option}», tal como indica la papeleta abierta (código de seguimiento {code}…). Esta papeleta se abrió, por lo que nunca se contará.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ {reason}</source>
        <translation>✗ {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node could not check the ballot: {error}</source>
        <translation>El nodo no pudo comprobar la papeleta: {error}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="-206"/>
        <source>Review your choice</source>
        <translation>Revise su elección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are voting for:</source>
        <translation>Usted vota por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your choice</source>
        <translation>Su elección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next, this machine encrypts your choice and shows your ballot&apos;s tracking code. You can then cast it, or check that this machine encrypted what you chose.</source>
        <translation>A continuación, esta máquina cifra su elección y muestra el código de seguimiento de su papeleta. Después podrá emitirla, o comprobar que esta máquina cifró lo que usted eligió.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What comes next</source>
        <translation>Qué sigue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encrypt my choice</source>
        <translation>C&amp;ifrar mi elección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt my choice</source>
        <translation>Cifrar mi elección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once cast, your vote cannot be changed.</source>
        <translation>Una vez emitido, su voto no se puede cambiar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cast my &amp;vote</source>
        <translation>Emitir mi &amp;voto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cast my vote</source>
        <translation>Emitir mi voto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange my choice</source>
        <translation>&amp;Cambiar mi elección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my choice</source>
        <translation>Cambiar mi elección</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="+74"/>
        <source>New polling station</source>
        <translation>Nueva mesa electoral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <location filename="../../votingapp/gui/slip.py" line="+87"/>
        <source>Your voter ID. Keep it secret: whoever holds it can cast your vote. Type it or scan the code at a voting booth.</source>
        <translation>Su identificador de votante. Manténgalo en secreto: quien lo tenga puede votar en su lugar. Escríbalo o escanee el código en una cabina de votación.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Registered at {station}</source>
        <translation>Inscrito en {station}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Election {election}</source>
        <translation>Elección {election}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Voter slip</source>
        <translation>Hoja del votante</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print the voter slip</source>
        <translation>Imprimir la hoja del votante</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="-572"/>
        <source>Set up this polling station</source>
        <translation>Configurar esta mesa electoral</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of this station</source>
        <translation>Nombre de este puesto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This station&apos;s fingerprint: &lt;b&gt;{fp}&lt;/b&gt;</source>
        <translation>Huella de este puesto: &lt;b&gt;{fp}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station&apos;s fingerprint</source>
        <translation>Huella de este puesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create a new election (this station becomes its authority)</source>
        <translation>&amp;Crear una elección nueva (este puesto será su autoridad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new election</source>
        <translation>Crear una elección nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join an election on this network</source>
        <translation>&amp;Unirse a una elección en esta red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join an election on this network</source>
        <translation>Unirse a una elección en esta red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join with a &amp;manifest file</source>
        <translation>Unirse con un archivo de &amp;manifiesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join with a manifest file</source>
        <translation>Unirse con un archivo de manifiesto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why Next is not available</source>
        <translation>Por qué «Siguiente» no está disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sta&amp;tion name:</source>
        <translation>Nombre del pues&amp;to:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a name for this station to go on.</source>
        <translation>Introduzca un nombre para este puesto para continuar.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location line="+272"/>
        <source>Check the election before creating it</source>
        <translation>Revise la elección antes de crearla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create the election</source>
        <translation>&amp;Crear la elección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the election is final: its title, options and stations cannot be changed afterwards. Go Back to change anything.</source>
        <translation>La creación de la elección es definitiva: después no se podrán cambiar su título, sus opciones ni sus puestos. Vuelva atrás para cambiar cualquier cosa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating is final</source>
        <translation>La creación es definitiva</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the election</source>
        <translation>Problema con la elección</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ({fp}) — this station, the election authority</source>
        <translation>{name} ({fp}) — este puesto, la autoridad electoral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations:</source>
        <translation>Puestos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>secret ballot; {k} of {n} trustee stations decrypt the result after the close</source>
        <translation>voto secreto; {k} de {n} puestos custodios descifran el resultado después del cierre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open: votes are public; results {mode}</source>
        <translation>abierta: los votos son públicos; resultados {mode}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live</source>
        <translation>en directo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>only after the close</source>
        <translation>solo después del cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty:</source>
        <translation>Dificultad:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{bits} bits</source>
        <translation>{bits} bits</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <location filename="../../votingapp/gui/booth_speech.py" line="+55"/>
        <source>no text-to-speech engine is installed (speech-dispatcher and espeak-ng)</source>
        <extracomment>The engines a voter can hear, best first (``flite`` where a Qt build ships that plugin).</extracomment>
        <translation>no hay ningún motor de síntesis de voz instalado (speech-dispatcher y espeak-ng)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>does not start</source>
        <translation>no se inicia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{engine}: {error}</source>
        <translation>{engine}: {error}</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the speech engine stopped</source>
        <translation>el motor de voz se detuvo</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no answer from the speech engine in {n} s</source>
        <translation>el motor de voz no respondió en {n} s</translation>
    </message>
</context>
<context>
    <name>VoteBars</name>
    <message>
        <location filename="../../votingapp/gui/vote_bars.py" line="+74"/>
        <source>{option}: {count} votes</source>
        <translation>{option}: {count} votos</translation>
    </message>
</context>
<context>
    <name>VoterSettingsBar</name>
    <message>
        <location filename="../../votingapp/gui/booth_settings.py" line="+82"/>
        <source>Text size:</source>
        <translation>Tamaño del texto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A</source>
        <comment>the letter shown on the text size buttons, a capital of the language&apos;s script</comment>
        <translation>A</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Standard text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Large text</source>
        <translation>Texto grande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest text</source>
        <translation>Texto muy grande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contrast:</source>
        <translation>Contraste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Black on white</source>
        <translation>Negro sobre blanco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White on black</source>
        <translation>Blanco sobre negro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contrast: {name}</source>
        <translation>Contraste: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Aa</source>
        <comment>a sample of text on the contrast buttons, in the language&apos;s script</comment>
        <translation>Aa</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="+106"/>
        <location line="+1"/>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
</context>
<context>
    <name>_Curtain</name>
    <message>
        <location filename="../../votingapp/gui/booth_audio.py" line="-374"/>
        <location line="+1"/>
        <source>Screen blanked</source>
        <translation>Pantalla oscurecida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio ballot in use: the screen is blanked for privacy (F2 shows it).</source>
        <translation>Voto por audio en uso: la pantalla está oscurecida por privacidad (F2 la muestra).</translation>
    </message>
</context>
</TS>
