<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AdmitDialog</name>
    <message>
        <location filename="../../votingapp/gui/admit_dialog.py" line="+31"/>
        <location line="+1"/>
        <source>Admit a station</source>
        <translation>Admettre un poste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the fingerprint with the one the station shows on its screen before admitting it. An admitted station can register voters and seal blocks.</source>
        <translation>Comparez l’empreinte avec celle que le poste affiche à son écran avant de l’admettre. Un poste admis peut inscrire des électeurs et sceller des blocs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stations waiting for admission</source>
        <translation>Postes en attente d’admission</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}
Fingerprint: {fingerprint}</source>
        <translation>{name}
Empreinte&#xa0;: {fingerprint}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no connected station waits; type its key below)</source>
        <translation>(aucun poste connecté n’attend&#x202f;; saisissez sa clé ci-dessous)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Waiting:</source>
        <translation>&amp;En attente&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station key</source>
        <translation>Clé du poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>64 hexadecimal digits (node-id of that station)</source>
        <translation>64 chiffres hexadécimaux (node-id de ce poste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station &amp;key:</source>
        <translation>&amp;Clé du poste&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint of the key</source>
        <translation>Empreinte de la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Admit</source>
        <translation>&amp;Admettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admit</source>
        <translation>Admettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>AudioBallot</name>
    <message>
        <location filename="../../votingapp/gui/booth_audio.py" line="+170"/>
        <source>no speech engine is installed</source>
        <translation>aucun moteur de synthèse vocale n’est installé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audio ballot on: F1 repeats, F2 blanks the screen</source>
        <translation>Vote audio activé&#xa0;: F1 pour répéter, F2 pour masquer l’écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio ballot (headphones): press F1</source>
        <translation>Vote audio (casque)&#xa0;: appuyez sur F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio ballot</source>
        <translation>Vote audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio ballot status</source>
        <translation>État du vote audio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The audio ballot is not available on this machine ({reason}). You can vote on screen; please ask a poll worker for help.</source>
        <translation>Le vote audio n’est pas disponible sur cette machine ({reason}). Vous pouvez voter à l’écran&#x202f;; adressez-vous à un membre du bureau de vote pour obtenir de l’aide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put on the headphones and press F1 to hear the ballot read aloud.</source>
        <translation>Mettez le casque et appuyez sur F1 pour entendre la lecture du bulletin.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Audio ballot.</source>
        <translation>Vote audio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The screen is blanked for your privacy. Press F2 to show it, and again to blank it.</source>
        <translation>L’écran est masqué pour préserver le secret de votre vote. Appuyez sur F2 pour l’afficher, et de nouveau pour le masquer.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Starting the audio ballot…</source>
        <translation>Démarrage du vote audio…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>For the audio ballot, press F1: the second key from the left in the top row.</source>
        <translation>Pour le vote audio, appuyez sur F1&#xa0;: la deuxième touche en partant de la gauche, sur la rangée du haut.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The screen is shown.</source>
        <translation>L’écran est affiché.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The screen is blanked.</source>
        <translation>L’écran est masqué.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>There are {n} options.</source>
        <translation>Il y a {n} options.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option {number}: {option}.</source>
        <translation>Option {number}&#xa0;: {option}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen: option {number}, {option}.</source>
        <translation>Choix&#xa0;: option {number}, {option}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan the code on your voter slip, or type your voter ID, then press Return.</source>
        <translation>Scannez le code de votre fiche d’électeur, ou tapez votre identifiant d’électeur, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The up and down arrows change the language.</source>
        <translation>Les flèches haut et bas changent la langue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F1 at any time to hear a page again.</source>
        <translation>Appuyez à tout moment sur F1 pour réentendre une page.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the number of an option, or use the up and down arrows, to choose it. Then press Return to review your choice.</source>
        <translation>Appuyez sur le numéro d’une option, ou utilisez les flèches haut et bas, pour la choisir. Appuyez ensuite sur Entrée pour vérifier votre choix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Return to encrypt your choice.</source>
        <translation>Appuyez sur Entrée pour chiffrer votre choix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Return to cast your vote.</source>
        <translation>Appuyez sur Entrée pour déposer votre vote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the left arrow to change your choice.</source>
        <translation>Appuyez sur la flèche gauche pour modifier votre choix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Return to cast your ballot.</source>
        <translation>Appuyez sur Entrée pour déposer votre bulletin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or press the left arrow to check this machine: the ballot is then opened, never counted, and you vote again.</source>
        <translation>Ou appuyez sur la flèche gauche pour vérifier cette machine&#xa0;: le bulletin est alors ouvert, il n’est jamais compté, et vous votez à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Return to vote again.</source>
        <translation>Appuyez sur Entrée pour voter à nouveau.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press the left arrow to leave without voting.</source>
        <translation>Appuyez sur la flèche gauche pour partir sans voter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Return when you are done.</source>
        <translation>Appuyez sur Entrée lorsque vous avez terminé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Return to start again.</source>
        <translation>Appuyez sur Entrée pour recommencer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Option {number} of {count}: {option}. Chosen.</source>
        <translation>Option {number} sur {count}&#xa0;: {option}. Choisie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Return to review your choice.</source>
        <translation>Appuyez sur Entrée pour vérifier votre choix.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>There is no option {number}: there are {n} options.</source>
        <translation>Il n’y a pas d’option {number}&#xa0;: il y a {n} options.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an option first: press its number, or use the up and down arrows.</source>
        <translation>Choisissez d’abord une option&#xa0;: appuyez sur son numéro, ou utilisez les flèches haut et bas.</translation>
    </message>
</context>
<context>
    <name>BallotFlow</name>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="+179"/>
        <source>Ballot</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot steps</source>
        <translation>Étapes du vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election title</source>
        <translation>Titre de l’élection</translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="+95"/>
        <source>A voter ID has only letters and digits: check the last character typed.</source>
        <translation>Un identifiant d’électeur ne contient que des lettres et des chiffres&#xa0;: vérifiez le dernier caractère saisi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too long: a voter ID has {n} letters and digits.</source>
        <translation>Trop long&#xa0;: un identifiant d’électeur compte {n} lettres et chiffres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This voter ID has a typing mistake: check every character.</source>
        <translation>Cet identifiant d’électeur contient une faute de frappe&#xa0;: vérifiez chaque caractère.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A voter ID has {n} letters and digits.</source>
        <translation>Un identifiant d’électeur compte {n} lettres et chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} of {n} characters</source>
        <translation>{count} caractères sur {n}</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Checking your voter ID…</source>
        <translation>Vérification de votre identifiant…</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Recording your vote…</source>
        <translation>Enregistrement de votre vote…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting your ballot…</source>
        <translation>Chiffrement de votre bulletin…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening your ballot for checking…</source>
        <translation>Ouverture de votre bulletin pour vérification…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>To check this machine, scan this code or copy this text on any other station: Results → “Check a ballot”, or the command “votingapp check-ballot”. It must say that the booth encrypted “{choice}”, the option you chose. If it does not, tell a poll worker. Then vote again: your vote is not cast yet.</source>
        <translation>Pour vérifier cette machine, scannez ce code ou copiez ce texte sur n’importe quel autre poste&#xa0;: Résultats → «&#xa0;Vérifier un bulletin&#xa0;», ou la commande «&#xa0;votingapp check-ballot&#xa0;». Le résultat doit indiquer que l’isoloir a chiffré «&#xa0;{choice}&#xa0;», l’option que vous avez choisie. Sinon, prévenez un membre du bureau de vote. Votez ensuite à nouveau&#xa0;: votre vote n’est pas encore déposé.</translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="+187"/>
        <source>(too long for a QR code: use the text)</source>
        <translation>(trop long pour un code QR&#xa0;: utilisez le texte)</translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="-170"/>
        <source>Voter ID complete. Press Enter to continue.</source>
        <translation>Identifiant complet. Appuyez sur Entrée pour continuer.</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>This screen clears itself in {n} s.</source>
        <translation>Cet écran s’efface dans {n} s.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unknown voter ID</source>
        <translation>Identifiant d’électeur inconnu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This is not a valid voter ID. Check it for typing mistakes, or ask a poll worker.</source>
        <translation>Cet identifiant d’électeur n’est pas valide. Vérifiez qu’il ne contient pas de faute de frappe, ou adressez-vous à un membre du bureau de vote.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not registered yet</source>
        <translation>Pas encore inscrit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This voter ID is not registered (yet). If you were registered just now, wait a moment and try again, or ask a poll worker.</source>
        <translation>Cet identifiant d’électeur n’est pas (encore) inscrit. Si vous venez d’être inscrit, patientez un instant puis réessayez, ou adressez-vous à un membre du bureau de vote.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already voted</source>
        <translation>A déjà voté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A vote was already cast with this voter ID. Each voter votes once. Ask a poll worker if this is wrong.</source>
        <translation>Un vote a déjà été déposé avec cet identifiant d’électeur. Chaque électeur vote une seule fois. Adressez-vous à un membre du bureau de vote si c’est une erreur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The election is closed</source>
        <translation>Le scrutin est clos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No more votes can be cast.</source>
        <translation>Plus aucun vote ne peut être déposé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The election is not open yet</source>
        <translation>Le scrutin n’est pas encore ouvert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Votes can be cast once the election opens.</source>
        <translation>Les votes pourront être déposés dès l’ouverture du scrutin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown option</source>
        <translation>Option inconnue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>That option is not on this ballot.</source>
        <translation>Cette option ne figure pas sur ce bulletin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The election key is not ready yet</source>
        <translation>La clé de l’élection n’est pas encore prête</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The trustee stations have not finished making the election key: ballots can be cast once they have. Please ask a poll worker.</source>
        <translation>Les postes dépositaires n’ont pas fini de créer la clé de l’élection&#xa0;: les bulletins pourront être déposés ensuite. Veuillez vous adresser à un membre du bureau de vote.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The election key could not be made</source>
        <translation>La clé de l’élection n’a pas pu être créée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The trustee stations&apos; key ceremony stopped: no ballot can be cast. Please ask a poll worker.</source>
        <translation>La cérémonie des clés des postes dépositaires s’est arrêtée&#xa0;: aucun bulletin ne peut être déposé. Veuillez vous adresser à un membre du bureau de vote.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your vote could not be recorded</source>
        <translation>Votre vote n’a pas pu être enregistré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Please ask a poll worker. ({reason})</source>
        <translation>Veuillez vous adresser à un membre du bureau de vote. ({reason})</translation>
    </message>
</context>
<context>
    <name>BallotWindow</name>
    <message>
        <location filename="../../votingapp/gui/ballot_window.py" line="+77"/>
        <source>Voting booth — {title}</source>
        <translation>Isoloir — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting booth</source>
        <translation>Isoloir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still there?</source>
        <translation>Êtes-vous toujours là&#x202f;?</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Still there? Touch the screen or press a key to continue.
This screen clears itself in {n} s.</source>
        <translation>Êtes-vous toujours là&#x202f;? Touchez l’écran ou appuyez sur une touche pour continuer.
Cet écran s’efface dans {n} s.</translation>
    </message>
</context>
<context>
    <name>CastOrCheckPage</name>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="-200"/>
        <location line="+7"/>
        <source>Cast or check</source>
        <translation>Déposer ou vérifier</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Your ballot is encrypted. Its tracking code:</source>
        <translation>Votre bulletin est chiffré. Son code de suivi&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your ballot is encrypted</source>
        <translation>Votre bulletin est chiffré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking code</source>
        <translation>Code de suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cast your ballot, or check this machine first: a checked ballot is opened to show that it holds your choice, it is never counted, and you then vote again. Once cast, your vote cannot be changed.</source>
        <translation>Déposez votre bulletin, ou vérifiez d’abord cette machine&#xa0;: un bulletin vérifié est ouvert pour montrer qu’il contient bien votre choix, il n’est jamais compté et vous votez ensuite à nouveau. Une fois déposé, votre vote ne peut plus être modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check this &amp;machine</source>
        <translation>Vérifier cette &amp;machine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this machine</source>
        <translation>Vérifier cette machine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cast my &amp;ballot</source>
        <translation>&amp;Déposer mon bulletin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cast my ballot</source>
        <translation>Déposer mon bulletin</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location line="-91"/>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one option, then review your choice.</source>
        <translation>Choisissez une option, puis vérifiez votre choix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option {number}: {option}</source>
        <translation>Option {number}&#xa0;: {option}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{option}, chosen</source>
        <translation>{option}, choisie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Review my choice</source>
        <translation>&amp;Vérifier mon choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review my choice</source>
        <translation>Vérifier mon choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;again</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../votingapp/gui/kiosk.py" line="+104"/>
        <location line="+12"/>
        <source>Poll worker code</source>
        <translation>Code du bureau de vote</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Unlock the booth</source>
        <translation>Déverrouiller l’isoloir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a code of at least {n} characters. It is needed to leave the kiosk (press {keys}).</source>
        <translation>Choisissez un code d’au moins {n} caractères. Il sera demandé pour quitter le mode kiosque (touches {keys}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poll workers only: enter the code to leave the kiosk.</source>
        <translation>Réservé aux membres du bureau de vote&#xa0;: saisissez le code pour quitter le mode kiosque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poll worker code again</source>
        <translation>Code du bureau de vote, une seconde fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem with the code</source>
        <translation>Problème de code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code needs at least {n} characters.</source>
        <translation>Le code doit compter au moins {n} caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two codes differ.</source>
        <translation>Les deux codes sont différents.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../votingapp/gui/crash.py" line="+74"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected error occurred: {summary}

The node keeps running and its data is safe. The details were written to the log in {path}.</source>
        <translation>Une erreur inattendue s’est produite&#xa0;: {summary}

Le nœud continue de fonctionner et ses données sont en sécurité. Les détails ont été écrits dans le journal, dans {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="+194"/>
        <source>Create an election</source>
        <translation>Créer une élection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Election title</source>
        <translation>Titre de l’élection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options, one per line</source>
        <translation>Options, une par ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One option per line (at least two)</source>
        <translation>Une option par ligne (au moins deux)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stations that take part</source>
        <translation>Postes participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station ({fp})</source>
        <translation>Ce poste ({fp})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show results &amp;live</source>
        <translation>Afficher les résultats en &amp;direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show results live</source>
        <translation>Afficher les résultats en direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show results only &amp;after the close</source>
        <translation>Afficher les résultats seulement &amp;après la clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show results only after the close</source>
        <translation>Afficher les résultats seulement après la clôture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ad&amp;vanced settings</source>
        <translation>Réglages a&amp;vancés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show advanced settings</source>
        <translation>Afficher les réglages avancés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced settings</source>
        <translation>Réglages avancés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proof-of-work difficulty in bits</source>
        <translation>Difficulté de la preuve de travail, en bits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Difficulty (bits):</source>
        <translation>Di&amp;fficulté (bits)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem with the election</source>
        <translation>Problème dans l’élection</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Options:</source>
        <translation>&amp;Options&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stations:</source>
        <translation>&amp;Postes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of election:</source>
        <translation>Type d’élection&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results:</source>
        <translation>Résultats&#xa0;:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Se&amp;cret ballot (recommended)</source>
        <translation>S&amp;crutin secret (recommandé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret ballot (recommended)</source>
        <translation>Scrutin secret (recommandé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pen (informal polls: votes and live results are public)</source>
        <translation>Ou&amp;vert (consultations informelles&#xa0;: votes et résultats en direct publics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open election: votes and live results are public</source>
        <translation>Élection ouverte&#xa0;: les votes et les résultats en direct sont publics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every ballot is encrypted; only the total is ever decrypted, by the trustee stations together.</source>
        <translation>Chaque bulletin est chiffré&#x202f;; seul le total est déchiffré, par les postes dépositaires ensemble.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the secret ballot</source>
        <translation>À propos du scrutin secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every vote is stored in plain text on every station: anyone with the record sees each vote.</source>
        <translation>Chaque vote est conservé en clair sur chaque poste&#xa0;: quiconque dispose du registre voit chaque vote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the open election</source>
        <translation>À propos de l’élection ouverte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Secret ballot</source>
        <translation>Scrutin secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret ballot: trustees and threshold</source>
        <translation>Scrutin secret&#xa0;: dépositaires et seuil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trustee stations</source>
        <translation>Postes dépositaires</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trustee stations hold a share of the election key: together they decrypt the result, and no single laptop can read a ballot.</source>
        <translation>Les postes dépositaires détiennent chacun une part de la clé de l’élection&#xa0;: ensemble, ils déchiffrent le résultat, et aucun ordinateur ne peut lire seul un bulletin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the trustees</source>
        <translation>À propos des dépositaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trustee stations needed to decrypt the result</source>
        <translation>Postes dépositaires nécessaires pour déchiffrer le résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the threshold</source>
        <translation>À propos du seuil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning about a single trustee</source>
        <translation>Avertissement&#xa0;: un seul dépositaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: with one trustee station, this laptop alone could read single ballots. Add trustee stations for a secret ballot that no single laptop can open.</source>
        <translation>Attention&#xa0;: avec un seul poste dépositaire, cet ordinateur pourrait lire seul des bulletins individuels. Ajoutez des postes dépositaires pour un scrutin secret qu’aucun ordinateur ne peut ouvrir seul.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;rustees:</source>
        <translation>Dé&amp;positaires&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thres&amp;hold k:</source>
        <translation>S&amp;euil k&#xa0;:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{k} of the {n} trustee stations must be up after the close to decrypt the result; no single laptop can read a ballot.</source>
        <translation>{k} des {n} postes dépositaires doivent être en service après la clôture pour déchiffrer le résultat&#x202f;; aucun ordinateur ne peut lire seul un bulletin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trustee station must be up after the close to decrypt the result.</source>
        <translation>Le poste dépositaire doit être en service après la clôture pour déchiffrer le résultat.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enter the election&apos;s title to go on.</source>
        <translation>Saisissez le titre de l’élection pour continuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter at least two options, one per line, to go on.</source>
        <translation>Saisissez au moins deux options, une par ligne, pour continuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An option is listed twice: each line must be a different option.</source>
        <translation>Une option figure deux fois&#xa0;: chaque ligne doit être une option différente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one trustee station (this station, at least).</source>
        <translation>Cochez au moins un poste dépositaire (au minimum ce poste).</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../votingapp/gui/app.py" line="+102"/>
        <source>This data dir cannot be opened</source>
        <translation>Ce dossier de données ne peut pas être ouvert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opening the election in {path}…</source>
        <translation>Ouverture de l’élection dans {path}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>Polling station</source>
        <translation>Bureau de vote</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The station cannot start</source>
        <translation>Le poste ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="-76"/>
        <source>Enter your voter ID</source>
        <translation>Saisissez votre identifiant d’électeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language: {name}</source>
        <translation>Langue&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your voter ID, or scan the code on your slip.</source>
        <translation>Tapez votre identifiant d’électeur ou scannez le code de votre fiche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voter ID</source>
        <translation>Identifiant d’électeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>32 letters and digits, dashes optional</source>
        <translation>32 lettres et chiffres, tirets facultatifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voter ID check</source>
        <translation>Vérification de l’identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue to the ballot</source>
        <translation>Continuer vers le bulletin</translation>
    </message>
</context>
<context>
    <name>ExplorerWindow</name>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="+77"/>
        <source>Block explorer — {title}</source>
        <translation>Explorateur de blocs — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block explorer</source>
        <translation>Explorateur de blocs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chain summary</source>
        <translation>Résumé de la chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sealed by</source>
        <translation>Scellé par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks</source>
        <translation>Blocs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Older blocks</source>
        <translation>Blocs plus &amp;anciens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load older blocks</source>
        <translation>Charger des blocs plus anciens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactions of the block</source>
        <translation>Transactions du bloc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transaction detail</source>
        <translation>Détail de la transaction</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blocks, newest first</source>
        <translation>Blocs, du plus récent au plus ancien</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The node did not answer: {error}</source>
        <translation>Le nœud n’a pas répondu&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} blocks on the best chain</source>
        <translation>{n} blocs sur la meilleure chaîne</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>vote for “{choice}” by voter {voter}</source>
        <translation>vote pour «&#xa0;{choice}&#xa0;» par l’électeur {voter}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voter {voter} registered by {station}</source>
        <translation>électeur {voter} inscrit par {station}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>station {name} ({station}) admitted</source>
        <translation>poste {name} ({station}) admis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>election closed</source>
        <translation>scrutin clos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>election opened</source>
        <translation>scrutin ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted ballot, tracking code {code}…</source>
        <translation>bulletin chiffré, code de suivi {code}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key ceremony: a trustee&apos;s encryption key</source>
        <translation>cérémonie des clés&#xa0;: la clé de chiffrement d’un dépositaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key ceremony: a trustee&apos;s commitments and encrypted shares</source>
        <translation>cérémonie des clés&#xa0;: les engagements et les parts chiffrées d’un dépositaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key ceremony: a trustee checked the shares it received</source>
        <translation>cérémonie des clés&#xa0;: un dépositaire a vérifié les parts reçues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key ceremony: {station} reports a bad share from trustee {dealer}</source>
        <translation>cérémonie des clés&#xa0;: {station} signale une part invalide du dépositaire {dealer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decryption share from {station} (the sum up to block {upto}…)</source>
        <translation>part de déchiffrement de {station} (la somme jusqu’au bloc {upto}…)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This transaction is no longer on the best chain.</source>
        <translation>Cette transaction n’est plus sur la meilleure chaîne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction {txid}</source>
        <translation>Transaction {txid}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In block {height} ({block})</source>
        <translation>Dans le bloc {height} ({block})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Size: {size} bytes (the choice is encrypted: nothing here shows it)</source>
        <translation>Taille&#xa0;: {size} octets (le choix est chiffré&#xa0;: rien ici ne le révèle)</translation>
    </message>
</context>
<context>
    <name>JoinFilePage</name>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="+237"/>
        <source>Join with a manifest file</source>
        <translation>Rejoindre avec un fichier manifeste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manifest file</source>
        <translation>Fichier manifeste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the manifest file</source>
        <translation>Choisir le fichier manifeste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s fingerprint, for the authority to admit it: &lt;b&gt;{fp}&lt;/b&gt;</source>
        <translation>Empreinte de ce poste, pour que l’autorité l’admette&#xa0;: &lt;b&gt;{fp}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s fingerprint</source>
        <translation>Empreinte de ce poste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem joining</source>
        <translation>Problème pour rejoindre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why Finish is not available</source>
        <translation>Pourquoi «&#xa0;Terminer&#xa0;» n’est pas disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Election manifest</source>
        <translation>Manifeste de l’élection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election manifests (*.json);;All files (*)</source>
        <translation>Manifestes d’élection (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the manifest file the authority exported to go on.</source>
        <translation>Choisissez le fichier manifeste exporté par l’autorité pour continuer.</translation>
    </message>
</context>
<context>
    <name>JoinLanPage</name>
    <message>
        <location line="-149"/>
        <source>Join an election on this network</source>
        <translation>Rejoindre une élection sur ce réseau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Elections on this network</source>
        <translation>Élections sur ce réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this station&apos;s fingerprint to the election authority so that it admits this station: &lt;b&gt;{fp}&lt;/b&gt;</source>
        <translation>Montrez l’empreinte de ce poste à l’autorité électorale pour qu’elle l’admette&#xa0;: &lt;b&gt;{fp}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s fingerprint</source>
        <translation>Empreinte de ce poste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the election&apos;s fingerprint with the one on the authority&apos;s screen.</source>
        <translation>Comparez l’empreinte de l’élection avec celle affichée sur l’écran de l’autorité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hint</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem joining</source>
        <translation>Problème pour rejoindre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why Next is not available</source>
        <translation>Pourquoi «&#xa0;Suivant&#xa0;» n’est pas disponible</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(discovery is off: join with a manifest file)</source>
        <translation>(la découverte est désactivée&#xa0;: rejoignez avec un fichier manifeste)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{title}
Election fingerprint: {fp}
Seen via {station}</source>
        <translation>{title}
Empreinte de l’élection&#xa0;: {fp}
Vue via {station}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wait: fetching the election.</source>
        <translation>Patientez&#xa0;: récupération de l’élection.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the election in the list to go on (none seen yet: wait a moment, or go Back and join with a manifest file).</source>
        <translation>Choisissez l’élection dans la liste pour continuer (aucune vue pour l’instant&#xa0;: patientez un instant, ou revenez en arrière et rejoignez avec un fichier manifeste).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fetching the election from {station}…</source>
        <translation>Récupération de l’élection auprès de {station}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Joined “{title}”.</source>
        <translation>«&#xa0;{title}&#xa0;» rejointe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not join: {error}</source>
        <translation>Impossible de rejoindre&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../votingapp/gui/kiosk.py" line="+34"/>
        <source>Voting booth (kiosk) — {title}</source>
        <translation>Isoloir (kiosque) — {title}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wrong code. {n} tries left before the booth locks for {s} s.</source>
        <translation>Code erroné. Encore {n} essai(s) avant que l’isoloir ne se verrouille pendant {s} s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many wrong codes: no code is accepted for {n} s.</source>
        <translation>Trop de codes erronés&#xa0;: aucun code n’est accepté pendant {n} s.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../votingapp/gui/language_choice.py" line="+63"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location line="+40"/>
        <location line="+1"/>
        <source>Language of this station</source>
        <translation>Langue de ce poste</translation>
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
        <translation>Bureau de vote</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Election title</source>
        <translation>Titre de l’élection</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This station and its role</source>
        <translation>Ce poste et son rôle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Election and status</source>
        <translation>Élection et état</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status of this station</source>
        <translation>État de ce poste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Election</source>
        <translation>Élection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected stations</source>
        <translation>Postes connectés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks</source>
        <translation>Blocs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting transactions</source>
        <translation>Transactions en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealing blocks</source>
        <translation>Scellement des blocs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last block</source>
        <translation>Dernier bloc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnout</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the close</source>
        <translation>Depuis la clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key ceremony</source>
        <translation>Cérémonie des clés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secret ballot</source>
        <translation>Scrutin secret</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Windows</source>
        <translation>Fenêtres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Registration desk</source>
        <translation>&amp;Bureau d’inscription</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the registration desk</source>
        <translation>Ouvrir le bureau d’inscription</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voting &amp;booth</source>
        <translation>&amp;Isoloir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the voting booth</source>
        <translation>Ouvrir l’isoloir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voting booth (&amp;kiosk)…</source>
        <translation>Isoloir (mode &amp;kiosque)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the voting booth in kiosk mode</source>
        <translation>Lancer l’isoloir en mode kiosque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;esults</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the results</source>
        <translation>Ouvrir les résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block e&amp;xplorer</source>
        <translation>E&amp;xplorateur de blocs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the block explorer</source>
        <translation>Ouvrir l’explorateur de blocs</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Election authority</source>
        <translation>Autorité électorale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Admit a station…</source>
        <translation>&amp;Admettre un poste…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admit a waiting station</source>
        <translation>Admettre un poste en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close the election…</source>
        <translation>&amp;Clore le scrutin…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+276"/>
        <source>Close the election</source>
        <translation>Clore le scrutin</translation>
    </message>
    <message>
        <location line="-274"/>
        <location line="+325"/>
        <source>Export the election record</source>
        <translation>Exporter le registre de l’élection</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Export the election recor&amp;d…</source>
        <translation>Exporter le registre de l’élec&amp;tion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the &amp;manifest…</source>
        <translation>Exporter le &amp;manifeste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the manifest other stations join with</source>
        <translation>Exporter le manifeste avec lequel les autres postes rejoignent l’élection</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>sealing a block…</source>
        <translation>scellement d’un bloc…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>idle</source>
        <translation>au repos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node does not answer: {error}</source>
        <translation>Le nœud ne répond pas&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not open yet</source>
        <translation>pas encore ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} · id {fingerprint} · secret ballot, {k} of {n} trustees decrypt the result</source>
        <translation>{state} · id {fingerprint} · scrutin secret, {k} des {n} dépositaires déchiffrent le résultat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{state} · id {fingerprint} · results {mode}</source>
        <translation>{state} · id {fingerprint} · résultats {mode}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after the close</source>
        <translation>après la clôture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (height {height})</source>
        <translation>{name} (hauteur {height})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{registered} registered, {voted} voted</source>
        <translation>{registered} inscrits, {voted} votants</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>complete — one trustee: this laptop alone could read single ballots</source>
        <translation>terminée — un seul dépositaire&#xa0;: cet ordinateur pourrait lire seul des bulletins individuels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complete — {n} trustees, {k} of them decrypt the result</source>
        <translation>terminée — {n} dépositaires, {k} d’entre eux déchiffrent le résultat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STOPPED: {reason}</source>
        <translation>ARRÊTÉE&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trustee keys</source>
        <translation>clés des dépositaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shares dealt</source>
        <translation>parts distribuées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shares checked</source>
        <translation>parts vérifiées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress: {step} {done} of {of} (ballots are taken once it is done)</source>
        <translation>en cours&#xa0;: {step} {done} sur {of} (les bulletins seront acceptés ensuite)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every ballot encrypted; the trustees decrypt the total after the close</source>
        <translation>chaque bulletin est chiffré&#x202f;; les dépositaires déchiffrent le total après la clôture</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not closed</source>
        <translation>pas clos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} station(s) hold the closed chain</source>
        <translation>{count} poste(s) détiennent la chaîne close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for {names}</source>
        <translation>en attente de {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>result changed at {time} by late returns ({count} ballot(s) cast before the close)</source>
        <translation>résultat modifié à {time} par des retours tardifs ({count} bulletin(s) déposé(s) avant la clôture)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>result unchanged since the close</source>
        <translation>résultat inchangé depuis la clôture</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>⚠ The key ceremony stopped: the share from {station} is bad. No ballot can be cast; the election authority can restart the election without that station.</source>
        <translation>⚠ La cérémonie des clés s’est arrêtée&#xa0;: la part de {station} est invalide. Aucun bulletin ne peut être déposé&#x202f;; l’autorité électorale peut recommencer l’élection sans ce poste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ The key ceremony stopped at this station: {problem}.</source>
        <translation>⚠ La cérémonie des clés s’est arrêtée sur ce poste&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ Double vote detected ({count}): a voter voted at two stations while they were cut off from each other. Only the vote recorded first counts; the other one (receipt {receipts}) does not.</source>
        <translation>⚠ Double vote détecté ({count})&#xa0;: un électeur a voté sur deux postes alors qu’ils étaient coupés l’un de l’autre. Seul le vote enregistré en premier compte&#x202f;; l’autre (reçu {receipts}) ne compte pas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>election authority</source>
        <translation>autorité électorale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>admitted station</source>
        <translation>poste admis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for admission</source>
        <translation>en attente d’admission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station: {name} ({fingerprint}) — {role}</source>
        <translation>Ce poste&#xa0;: {name} ({fingerprint}) — {role}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not admitted yet. Show this fingerprint to the election authority: {fingerprint}</source>
        <translation>Pas encore admis. Montrez cette empreinte à l’autorité électorale&#xa0;: {fingerprint}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Admission sent: the station is admitted with the next block.</source>
        <translation>Admission envoyée&#xa0;: le poste sera admis avec le prochain bloc.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the election now? No registration or vote is accepted after the close. This cannot be undone.</source>
        <translation>Clore le scrutin maintenant&#x202f;? Aucune inscription ni aucun vote ne sera accepté après la clôture. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop this station</source>
        <translation>Arrêter ce poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this station? Until the app is started again, no registration, vote or block goes through this laptop. Its data stays on it.</source>
        <translation>Arrêter ce poste&#x202f;? Tant que l’application n’est pas relancée, aucune inscription, aucun vote ni aucun bloc ne passe par cet ordinateur. Ses données y restent.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Close sent: the election closes with the next block.</source>
        <translation>Clôture envoyée&#xa0;: le scrutin sera clos avec le prochain bloc.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused: {error}</source>
        <translation>Refusé&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Election records (*.jsonl);;All files (*)</source>
        <translation>Registres d’élection (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export the manifest</source>
        <translation>Exporter le manifeste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election manifests (*.json);;All files (*)</source>
        <translation>Manifestes d’élection (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Wrote {path}: {blocks} blocks.</source>
        <translation>{path} écrit&#xa0;: {blocks} blocs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {path}: other stations join the election with it.</source>
        <translation>{path} écrit&#xa0;: les autres postes rejoignent l’élection avec ce fichier.</translation>
    </message>
</context>
<context>
    <name>ObserverQr</name>
    <message>
        <location filename="../../votingapp/gui/observer_panel.py" line="+132"/>
        <source>Follow on a phone</source>
        <translation>Suivre sur un téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer board QR code</source>
        <translation>Code QR du tableau des observateurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QR code of the observer board&apos;s address</source>
        <translation>Code QR de l’adresse du tableau des observateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observer board address</source>
        <translation>Adresse du tableau des observateurs</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Scan to open the observer board: {url}</source>
        <translation>Scannez pour ouvrir le tableau des observateurs&#xa0;: {url}</translation>
    </message>
</context>
<context>
    <name>ObserverSwitch</name>
    <message>
        <location line="-78"/>
        <location line="+1"/>
        <source>Observer board</source>
        <translation>Tableau des observateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serve a read-only page of the election to phones on the LAN</source>
        <translation>Publier une page de l’élection, en lecture seule, pour les téléphones du réseau local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer board on or off</source>
        <translation>Tableau des observateurs activé ou désactivé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observer board address</source>
        <translation>Adresse du tableau des observateurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Observer board problem</source>
        <translation>Problème du tableau des observateurs</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Observer board: on — {url}</source>
        <translation>Tableau des observateurs&#xa0;: activé — {url}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observer board: off</source>
        <translation>Tableau des observateurs&#xa0;: désactivé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The observer board could not start: {reason}</source>
        <translation>Le tableau des observateurs n’a pas pu démarrer&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>OpenedPage</name>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="+178"/>
        <source>Your ballot, opened for checking</source>
        <translation>Votre bulletin, ouvert pour vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ballot is opened for checking: it will never be counted.</source>
        <translation>Ce bulletin est ouvert pour vérification&#xa0;: il ne sera jamais compté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot opened</source>
        <translation>Bulletin ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to check this machine</source>
        <translation>Comment vérifier cette machine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The opened ballot, as text</source>
        <translation>Le bulletin ouvert, sous forme de texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the opened ballot</source>
        <translation>Code QR du bulletin ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vote again</source>
        <translation>&amp;Voter à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote again</source>
        <translation>Voter à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave</source>
        <translation>&amp;Partir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave without voting</source>
        <translation>Partir sans voter</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location line="+61"/>
        <source>Your receipt</source>
        <translation>Votre reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you. Your vote is recorded.</source>
        <translation>Merci. Votre vote est enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote recorded</source>
        <translation>Vote enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your receipt is your ballot&apos;s tracking code: it lets you check later that your ballot is in the record (Results → Check a receipt). It shows neither your choice nor who you are.</source>
        <translation>Votre reçu est le code de suivi de votre bulletin&#xa0;: il vous permet de vérifier plus tard que votre bulletin figure au registre (Résultats → Vérifier un reçu). Il ne révèle ni votre choix ni votre identité.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your receipt lets you check later that your vote is in the record (Results → Check a receipt). It does not show who you are.</source>
        <translation>Votre reçu vous permet de vérifier plus tard que votre vote figure au registre (Résultats → Vérifier un reçu). Il ne révèle pas votre identité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the receipt</source>
        <translation>À propos du reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the receipt</source>
        <translation>Code QR du reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left on this screen</source>
        <translation>Temps restant sur cet écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../votingapp/gui/refusals.py" line="+44"/>
        <source>The stored chain is damaged.</source>
        <translation>La chaîne enregistrée est endommagée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chain is damaged at block {height}.</source>
        <translation>La chaîne est endommagée au bloc {height}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block {height}: {cause}</source>
        <translation>Bloc {height}&#xa0;: {cause}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} does not exist.</source>
        <translation>{path} n’existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file or folder does not exist.</source>
        <translation>Un fichier ou un dossier n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station may not use {path}.</source>
        <translation>Ce poste n’a pas le droit d’utiliser {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station may not use a file or folder.</source>
        <translation>Ce poste n’a pas le droit d’utiliser un fichier ou un dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full.</source>
        <translation>Le disque est plein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} cannot be read or written.</source>
        <translation>{path} ne peut être ni lu ni écrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file or folder cannot be read or written.</source>
        <translation>Un fichier ou un dossier ne peut être ni lu ni écrit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This breaks a rule of the election and was refused.</source>
        <extracomment>One sentence per error class, found by the error&apos;s exact class first, then its bases.</extracomment>
        <translation>Ceci enfreint une règle de l’élection et a été refusé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data is damaged or not in the expected form.</source>
        <translation>Les données sont endommagées ou n’ont pas la forme attendue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a valid voter ID: check it for typing mistakes.</source>
        <translation>Cet identifiant d’électeur n’est pas valide&#xa0;: vérifiez qu’il ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election&apos;s description is not valid (it is not signed by its authority).</source>
        <translation>La description de l’élection n’est pas valide (elle n’est pas signée par son autorité).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request breaks a rule of the election and was refused.</source>
        <translation>La demande enfreint une règle de l’élection et a été refusée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A signature does not match: the request was refused.</source>
        <translation>Une signature ne correspond pas&#xa0;: la demande a été refusée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request belongs to another election.</source>
        <translation>Cette demande appartient à une autre élection.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request has already been recorded.</source>
        <translation>Cette demande a déjà été enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station is not admitted to the election yet: ask the election authority to admit it.</source>
        <translation>Ce poste n’est pas encore admis dans l’élection&#xa0;: demandez à l’autorité électorale de l’admettre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station is already admitted.</source>
        <translation>Ce poste est déjà admis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voter is already registered.</source>
        <translation>Cet électeur est déjà inscrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voter ID is not registered (yet). If it was registered just now, wait a moment and try again.</source>
        <translation>Cet identifiant d’électeur n’est pas (encore) inscrit. S’il vient d’être inscrit, patientez un instant puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A vote has already been cast with this voter ID. Each voter votes once.</source>
        <translation>Un vote a déjà été déposé avec cet identifiant d’électeur. Chaque électeur vote une seule fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That choice is not an option on this ballot.</source>
        <translation>Ce choix ne figure pas parmi les options de ce bulletin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election is closed: no more registrations or votes are accepted.</source>
        <translation>Le scrutin est clos&#xa0;: plus aucune inscription ni aucun vote n’est accepté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This registration or vote was made after the election closed: it does not count.</source>
        <translation>Cette inscription ou ce vote a eu lieu après la clôture du scrutin&#xa0;: il ne compte pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election cannot be closed at a time before votes that were already counted.</source>
        <translation>Le scrutin ne peut pas être clos à une heure antérieure à des votes déjà comptés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This registration or vote is dated before the election was created: check this station&apos;s clock.</source>
        <translation>Cette inscription ou ce vote est daté d’avant la création de l’élection&#xa0;: vérifiez l’horloge de ce poste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The election is not open yet: votes can be cast once it opens.</source>
        <translation>Le scrutin n’est pas encore ouvert&#xa0;: les votes pourront être déposés dès son ouverture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election cannot be opened by hand: it opens by itself, or it is already open.</source>
        <translation>Le scrutin ne peut pas être ouvert manuellement&#xa0;: il s’ouvre de lui-même, ou il est déjà ouvert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request does not fit this kind of election (open or secret ballot).</source>
        <translation>Cette demande ne correspond pas à ce type d’élection (scrutin ouvert ou secret).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station is not a trustee of the election.</source>
        <translation>Ce poste n’est pas dépositaire de l’élection.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trustees&apos; key ceremony has stopped (a complaint about trustee {dealer}): no ballot can be cast.</source>
        <translation>La cérémonie des clés des dépositaires s’est arrêtée (réclamation contre le dépositaire {dealer})&#xa0;: aucun bulletin ne peut être déposé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key ceremony is already complete.</source>
        <translation>La cérémonie des clés est déjà terminée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trustee {trustee} has already published its key.</source>
        <translation>Le dépositaire {trustee} a déjà publié sa clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key published by trustee {trustee} is not valid.</source>
        <translation>La clé publiée par le dépositaire {trustee} n’est pas valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some trustees have not published their key yet (trustees {missing}).</source>
        <translation>Certains dépositaires n’ont pas encore publié leur clé (dépositaires {missing}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trustee {dealer} has already dealt its shares.</source>
        <translation>Le dépositaire {dealer} a déjà distribué ses parts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shares dealt by trustee {dealer} are not valid.</source>
        <translation>Les parts distribuées par le dépositaire {dealer} ne sont pas valides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some trustees have not dealt their shares yet (trustees {missing}).</source>
        <translation>Certains dépositaires n’ont pas encore distribué leurs parts (dépositaires {missing}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trustee {trustee} has already confirmed its shares.</source>
        <translation>Le dépositaire {trustee} a déjà confirmé ses parts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This complaint does not name another trustee.</source>
        <translation>Cette réclamation ne désigne aucun autre dépositaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election key is not ready yet: the trustee stations have not finished the key ceremony ({done} of {trustees} done).</source>
        <translation>La clé de l’élection n’est pas encore prête&#xa0;: les postes dépositaires n’ont pas terminé la cérémonie des clés ({done} sur {trustees} ont fini).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>The encrypted ballot is not valid.</source>
        <translation>Le bulletin chiffré n’est pas valide.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The results cannot be decrypted before the election closes.</source>
        <translation>Les résultats ne peuvent pas être déchiffrés avant la clôture du scrutin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This decryption refers to a block that is not in the chain after the close.</source>
        <translation>Ce déchiffrement renvoie à un bloc qui ne figure pas dans la chaîne après la clôture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trustee {trustee} has already sent its decryption share.</source>
        <translation>Le dépositaire {trustee} a déjà envoyé sa part de déchiffrement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+52"/>
        <source>The decryption share of trustee {trustee} is not valid.</source>
        <translation>La part de déchiffrement du dépositaire {trustee} n’est pas valide.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>A block breaks a rule of the election and was refused.</source>
        <translation>Un bloc enfreint une règle de l’élection et a été refusé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block&apos;s contents do not match its header.</source>
        <translation>Le contenu d’un bloc ne correspond pas à son en-tête.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block was not sealed with enough work ({actual} of {required} bits).</source>
        <translation>Un bloc n’a pas été scellé avec assez de travail ({actual} bits sur {required}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A block&apos;s signature does not match.</source>
        <translation>La signature d’un bloc ne correspond pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block was sealed by a station that is not admitted.</source>
        <translation>Un bloc a été scellé par un poste qui n’est pas admis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block does not link to the block before it.</source>
        <translation>Un bloc n’est pas relié au bloc qui le précède.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block follows a block that this station does not know (yet).</source>
        <translation>Un bloc suit un bloc que ce poste ne connaît pas (encore).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block has the wrong number: {actual} instead of {expected}.</source>
        <translation>Un bloc porte un mauvais numéro&#xa0;: {actual} au lieu de {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A block&apos;s time breaks a rule of the election.</source>
        <translation>L’heure d’un bloc enfreint une règle de l’élection.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block is dated before the block it follows.</source>
        <translation>Un bloc est daté d’avant le bloc qu’il suit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block is dated in the future: check the stations&apos; clocks.</source>
        <translation>Un bloc est daté dans le futur&#xa0;: vérifiez les horloges des postes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A request is dated after the block that holds it.</source>
        <translation>Une demande est datée d’après le bloc qui la contient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block holds no requests or too many ({actual}; at most {limit}).</source>
        <translation>Un bloc ne contient aucune demande, ou en contient trop ({actual}&#x202f;; au plus {limit}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request {index} of a block was refused: {cause}</source>
        <translation>La demande {index} d’un bloc a été refusée&#xa0;: {cause}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A cryptographic check failed.</source>
        <translation>Une vérification cryptographique a échoué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key or an encrypted value is malformed.</source>
        <translation>Une clé ou une valeur chiffrée est mal formée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proof does not check out.</source>
        <translation>Une preuve ne se vérifie pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The commitments of trustee {dealer} are not valid.</source>
        <translation>Les engagements du dépositaire {dealer} ne sont pas valides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share from trustee {dealer} to trustee {recipient} is not valid: the key ceremony stops.</source>
        <translation>La part du dépositaire {dealer} destinée au dépositaire {recipient} n’est pas valide&#xa0;: la cérémonie des clés s’arrête.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A trustee complained about a share that is in fact valid: the complaint is refused.</source>
        <translation>Un dépositaire a contesté une part qui est en réalité valide&#xa0;: la réclamation est refusée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough trustees have sent their decryption shares yet.</source>
        <translation>Pas encore assez de dépositaires ont envoyé leur part de déchiffrement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A count could not be decrypted (the decryption shares do not fit).</source>
        <translation>Un décompte n’a pas pu être déchiffré (les parts de déchiffrement ne concordent pas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A key file of this station is damaged or cannot be read.</source>
        <translation>Un fichier de clé de ce poste est endommagé ou illisible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s data cannot be read.</source>
        <translation>Les données de ce poste ne peuvent pas être lues.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station cannot write to its disk (is it full?).</source>
        <translation>Ce poste ne peut pas écrire sur son disque (est-il plein&#x202f;?).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secret file of this station is damaged or cannot be read.</source>
        <translation>Un fichier secret de ce poste est endommagé ou illisible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file cannot be read or is not an election record.</source>
        <translation>Ce fichier est illisible ou n’est pas un registre d’élection.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election record is cut short or damaged.</source>
        <translation>Le registre de l’élection est tronqué ou endommagé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A translation file of this app is damaged: reinstall the app.</source>
        <translation>Un fichier de traduction de cette application est endommagé&#xa0;: réinstallez l’application.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station has too many requests waiting: try again in a moment.</source>
        <translation>Ce poste a trop de demandes en attente&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The verification was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election cannot be created as asked.</source>
        <translation>L’élection ne peut pas être créée comme demandé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report cannot be made or read.</source>
        <translation>Le rapport ne peut être ni établi ni lu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report does not match the election record.</source>
        <translation>Le rapport ne correspond pas au registre de l’élection.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This station could not do this.</source>
        <translation>Ce poste n’a pas pu effectuer cette opération.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station cannot use its disk: nothing new is recorded until it can.</source>
        <translation>Ce poste ne peut pas utiliser son disque&#xa0;: rien de nouveau n’est enregistré tant que ce n’est pas rétabli.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This station&apos;s node did not start in time.</source>
        <extracomment>Messages of the classes that say different things at different raises: (class, message pattern, sentence).</extracomment>
        <translation>Le nœud de ce poste n’a pas démarré à temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s node could not start.</source>
        <translation>Le nœud de ce poste n’a pas pu démarrer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another station is already running on the data folder {path}.</source>
        <translation>Un autre poste fonctionne déjà sur le dossier de données {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data folder {path} holds no election: create one or join one.</source>
        <translation>Le dossier de données {path} ne contient aucune élection&#xa0;: créez-en une ou rejoignez-en une.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This station&apos;s node has stopped.</source>
        <translation>Le nœud de ce poste s’est arrêté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was dropped: it conflicts with what is already recorded.</source>
        <translation>La demande a été écartée&#xa0;: elle entre en conflit avec ce qui est déjà enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station&apos;s node is not running.</source>
        <translation>Le nœud de ce poste ne fonctionne pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s node did not answer in time: please try again.</source>
        <translation>Le nœud de ce poste n’a pas répondu à temps&#xa0;: veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station does not know that request.</source>
        <translation>Ce poste ne connaît pas cette demande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was not recorded in a block within {seconds} seconds.</source>
        <translation>La demande n’a pas été enregistrée dans un bloc en moins de {seconds} secondes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station ({fingerprint}) is not admitted yet: ask the election authority to admit it.</source>
        <translation>Ce poste ({fingerprint}) n’est pas encore admis&#xa0;: demandez à l’autorité électorale de l’admettre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is an open election: votes are not encrypted.</source>
        <translation>Il s’agit d’une élection ouverte&#xa0;: les votes ne sont pas chiffrés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This ballot was opened for checking, so it can never be cast: the voter votes again.</source>
        <translation>Ce bulletin a été ouvert pour vérification&#xa0;: il ne pourra donc jamais être déposé&#x202f;; l’électeur vote à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+223"/>
        <source>This ballot belongs to another election.</source>
        <translation>Ce bulletin appartient à une autre élection.</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>This station&apos;s clock is {duration} behind the other stations: set the clock. Sealing blocks and registering voters are paused until then.</source>
        <translation>L’horloge de ce poste retarde de {duration} sur les autres postes&#xa0;: réglez l’horloge. Le scellement des blocs et l’inscription des électeurs sont suspendus d’ici là.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This station&apos;s clock is {duration} ahead of the other stations: set the clock. Sealing blocks and registering voters are paused until then.</source>
        <translation>L’horloge de ce poste avance de {duration} sur les autres postes&#xa0;: réglez l’horloge. Le scellement des blocs et l’inscription des électeurs sont suspendus d’ici là.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the station that created the election (it holds the authority key) can do this.</source>
        <translation>Seul le poste qui a créé l’élection (il détient la clé de l’autorité) peut effectuer cette opération.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s network is not running.</source>
        <translation>Le réseau de ce poste ne fonctionne pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A receipt has 64 characters: the digits 0 to 9 and the letters a to f.</source>
        <translation>Un reçu compte 64 caractères&#xa0;: les chiffres de 0 à 9 et les lettres de a à f.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>La demande a été annulée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The observer board cannot listen on port {port}: another program may use it.</source>
        <translation>Le tableau des observateurs ne peut pas écouter sur le port {port}&#xa0;: un autre programme l’utilise peut-être.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This station cannot write to its disk: it is full. No new votes are recorded until space is freed.</source>
        <translation>Ce poste ne peut pas écrire sur son disque&#xa0;: il est plein. Aucun nouveau vote n’est enregistré tant que de la place n’est pas libérée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station cannot write to its disk: no new votes are recorded until it can write again.</source>
        <translation>Ce poste ne peut pas écrire sur son disque&#xa0;: aucun nouveau vote n’est enregistré tant qu’il ne peut pas écrire de nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station cannot read its database.</source>
        <translation>Ce poste ne peut pas lire sa base de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another laptop runs with this station&apos;s key (a copied data folder?): {address} refused this station because that copy is connected to it. Only one may run.</source>
        <translation>Un autre ordinateur fonctionne avec la clé de ce poste (un dossier de données copié&#x202f;?)&#xa0;: {address} a refusé ce poste car cette copie y est connectée. Un seul peut fonctionner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two laptops use the key of station {station}: the one at {address} was refused while the one at {connected} is connected (a copied data folder?).</source>
        <translation>Deux ordinateurs utilisent la clé du poste {station}&#xa0;: celui à l’adresse {address} a été refusé tandis que celui à l’adresse {connected} est connecté (un dossier de données copié&#x202f;?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ballot must be open or secret.</source>
        <translation>Le scrutin doit être ouvert ou secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An open election has no trustees and no threshold (trustees decrypt secret ballots).</source>
        <translation>Une élection ouverte n’a ni dépositaires ni seuil (les dépositaires déchiffrent les scrutins secrets).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secret election needs at least one trustee station.</source>
        <translation>Un scrutin secret exige au moins un poste dépositaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A trustee is listed twice.</source>
        <translation>Un dépositaire figure deux fois dans la liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trustee {key} is not a station of this election: trustees must be admitted stations.</source>
        <translation>Le dépositaire {key} n’est pas un poste de cette élection&#xa0;: les dépositaires doivent être des postes admis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The threshold must be between 1 and {count} (the number of trustees).</source>
        <translation>Le seuil doit être compris entre 1 et {count} (le nombre de dépositaires).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A threshold of 1 with {count} trustees would let each trustee laptop read single ballots alone: use 2 or more.</source>
        <translation>Un seuil de 1 avec {count} dépositaires permettrait à chaque ordinateur dépositaire de lire seul des bulletins individuels&#xa0;: choisissez 2 ou plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The difficulty must be between 0 and {most} bits.</source>
        <translation>La difficulté doit être comprise entre 0 et {most} bits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A station is listed twice.</source>
        <translation>Un poste figure deux fois dans la liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An election needs 2 to {most} options.</source>
        <translation>Une élection exige de 2 à {most} options.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each option must differ from the others.</source>
        <translation>Chaque option doit être différente des autres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title must have {least} to {most} characters.</source>
        <translation>Le titre doit compter de {least} à {most} caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each option must have {least} to {most} characters.</source>
        <translation>Chaque option doit compter de {least} à {most} caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A station&apos;s name must have at most {most} characters.</source>
        <translation>Le nom d’un poste doit compter au plus {most} caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title, the options and the names must not begin or end with a space, nor hold control characters.</source>
        <translation>Le titre, les options et les noms ne doivent ni commencer ni finir par une espace, ni contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These settings do not make a valid election.</source>
        <translation>Ces réglages ne forment pas une élection valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data folder {path} already holds an election.</source>
        <translation>Le dossier de données {path} contient déjà une élection.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station is listed among the other stations (it is admitted anyway).</source>
        <translation>Ce poste figure parmi les autres postes (il est admis de toute façon).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The election file {path} does not exist.</source>
        <translation>Le fichier d’élection {path} n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election file {path} cannot be read.</source>
        <translation>Le fichier d’élection {path} ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {path} is damaged or is not an election file.</source>
        <translation>Le fichier {path} est endommagé ou n’est pas un fichier d’élection.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A station&apos;s name on a report has 1 to {most} characters.</source>
        <translation>Le nom d’un poste sur un rapport compte de 1 à {most} caractères.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A report is a zero report or a results report.</source>
        <translation>Un rapport est un rapport zéro ou un rapport des résultats.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ballots have already been cast ({count}): the zero report is printed before the first ballot. Print the results report at the close.</source>
        <translation>Des bulletins ont déjà été déposés ({count})&#xa0;: le rapport zéro s’imprime avant le premier bulletin. Imprimez le rapport des résultats à la clôture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election is not closed: the results report is printed after the close.</source>
        <translation>Le scrutin n’est pas clos&#xa0;: le rapport des résultats s’imprime après la clôture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The results are still sealed ({shares} of {k} trustee shares): print the results report once the trustees have decrypted them.</source>
        <translation>Les résultats sont encore scellés ({shares} parts de dépositaires sur {k})&#xa0;: imprimez le rapport des résultats une fois que les dépositaires les auront déchiffrés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a report of this app: it has no check text.</source>
        <translation>Ce n’est pas un rapport de cette application&#xa0;: il ne contient aucun texte de contrôle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report&apos;s check text is incomplete or malformed (cut or altered).</source>
        <translation>Le texte de contrôle du rapport est incomplet ou mal formé (coupé ou modifié).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>The data folder {path} holds no election.</source>
        <translation>Le dossier de données {path} ne contient aucune élection.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The report is of another election than the record.</source>
        <translation>Le rapport porte sur une autre élection que le registre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record ends at block {height}, before the report&apos;s block {report} (cut short?).</source>
        <translation>Le registre s’arrête au bloc {height}, avant le bloc {report} du rapport (tronqué&#x202f;?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report was made on another chain than the record&apos;s.</source>
        <translation>Le rapport a été établi sur une autre chaîne que celle du registre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record gives no such report at the report&apos;s block.</source>
        <translation>Le registre ne donne pas ce rapport au bloc du rapport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report&apos;s figures were altered: they are not the record&apos;s.</source>
        <translation>Les chiffres du rapport ont été modifiés&#xa0;: ce ne sont pas ceux du registre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printed figures were altered: they are not the record&apos;s.</source>
        <translation>Les chiffres imprimés ont été modifiés&#xa0;: ce ne sont pas ceux du registre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voter ID holds a character that voter IDs never use: check it for typing mistakes.</source>
        <translation>Cet identifiant d’électeur contient un caractère qu’aucun identifiant n’utilise&#xa0;: vérifiez qu’il ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A voter ID has {length} characters; this one has {count}.</source>
        <translation>Un identifiant d’électeur compte {length} caractères&#x202f;; celui-ci en compte {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voter ID is mistyped: check it character by character.</source>
        <translation>Cet identifiant d’électeur est mal saisi&#xa0;: vérifiez-le caractère par caractère.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a file, not a data folder.</source>
        <translation>{path} est un fichier, pas un dossier de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data folder {path} does not exist.</source>
        <translation>Le dossier de données {path} n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data folder {path} already holds an election authority&apos;s key.</source>
        <translation>Le dossier de données {path} contient déjà la clé d’une autorité électorale.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {path} holds an election made by an older version of this program (before the secret ballot): this version cannot open it. Use the version that made it, or create a new election in another data folder.</source>
        <translation>La base de données {path} contient une élection créée par une version plus ancienne de ce programme (antérieure au scrutin secret)&#xa0;: cette version ne peut pas l’ouvrir. Utilisez la version qui l’a créée, ou créez une nouvelle élection dans un autre dossier de données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block {block} is not in this station&apos;s database.</source>
        <translation>Le bloc {block} ne figure pas dans la base de données de ce poste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no election database at {path}.</source>
        <translation>Il n’y a aucune base de données d’élection dans {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {path} was made by another version of this program.</source>
        <translation>La base de données {path} a été créée par une autre version de ce programme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {path} is damaged or is not an election database.</source>
        <translation>La base de données {path} est endommagée ou n’est pas une base de données d’élection.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {path} already holds another election.</source>
        <translation>La base de données {path} contient déjà une autre élection.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret file {path} is protected by a passphrase: start the station with its passphrase.</source>
        <translation>Le fichier secret {path} est protégé par une phrase secrète&#xa0;: démarrez le poste avec sa phrase secrète.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret file {path} is damaged, or the passphrase is wrong.</source>
        <translation>Le fichier secret {path} est endommagé, ou la phrase secrète est fausse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret file {path} cannot be read.</source>
        <translation>Le fichier secret {path} ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secret file of this station is damaged.</source>
        <translation>Un fichier secret de ce poste est endommagé.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Something went wrong ({name}). Please ask the person in charge of the station.</source>
        <translation>Un problème est survenu ({name}). Veuillez vous adresser à la personne responsable du poste.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This is not the text of an opened ballot.</source>
        <extracomment>Why a ballot opened for checking does or does not check out (votingapp/core/crypto/opened.py).</extracomment>
        <translation>Ce n’est pas le texte d’un bulletin ouvert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The option shown is not the election&apos;s option at that position.</source>
        <translation>L’option affichée n’est pas l’option de l’élection à cette position.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The opened ballot&apos;s randomness is not valid.</source>
        <translation>L’aléa du bulletin ouvert n’est pas valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The booth did NOT encrypt “{option}”: do not trust this machine.</source>
        <translation>L’isoloir n’a PAS chiffré «&#xa0;{option}&#xa0;»&#xa0;: ne faites pas confiance à cette machine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tracking code the booth showed is not this ballot&apos;s: the booth may have encrypted another choice. Do not trust this machine.</source>
        <translation>Le code de suivi affiché par l’isoloir n’est pas celui de ce bulletin&#xa0;: l’isoloir a peut-être chiffré un autre choix. Ne faites pas confiance à cette machine.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This opened ballot does not check out.</source>
        <translation>Ce bulletin ouvert ne se vérifie pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>another vote by the same voter was recorded first (a double vote, e.g. across a partition)</source>
        <translation>un autre vote du même électeur a été enregistré en premier (un double vote, par exemple pendant une coupure du réseau)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it conflicts with the chain</source>
        <translation>il entre en conflit avec la chaîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it breaks a rule of the election</source>
        <translation>il enfreint une règle de l’élection</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its trustee secrets cannot be read or written</source>
        <extracomment>Why this station cannot do its part of the key ceremony (votingapp/node/ceremony.py), said after a colon.</extracomment>
        <translation>ses secrets de dépositaire ne peuvent être ni lus ni écrits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its trustee secret file belongs to another election</source>
        <translation>son fichier secret de dépositaire appartient à une autre élection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its trustee secrets are lost (the trustee key on the chain is not in its data folder)</source>
        <translation>ses secrets de dépositaire sont perdus (la clé de dépositaire de la chaîne n’est pas dans son dossier de données)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the trustee key on the chain is not the one in its data folder</source>
        <translation>la clé de dépositaire de la chaîne n’est pas celle de son dossier de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its secret polynomial is gone but its deal is not in the chain</source>
        <translation>son polynôme secret a disparu mais sa distribution n’est pas dans la chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its secret polynomial does not match its deal in the chain</source>
        <translation>son polynôme secret ne correspond pas à sa distribution dans la chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its secret share is not in its data folder: it cannot take part in the decryption</source>
        <translation>sa part secrète n’est pas dans son dossier de données&#xa0;: il ne peut pas prendre part au déchiffrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its secret share does not match its verification key in the chain</source>
        <translation>sa part secrète ne correspond pas à sa clé de vérification dans la chaîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at this station: {problem}</source>
        <translation>sur ce poste&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the share from {station} is bad</source>
        <translation>la part de {station} est invalide</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this station cannot do its part of the key ceremony</source>
        <translation>ce poste ne peut pas faire sa part de la cérémonie des clés</translation>
    </message>
</context>
<context>
    <name>RefusalPage</name>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="+27"/>
        <source>Your vote was not recorded</source>
        <translation>Votre vote n’a pas été enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;again</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
</context>
<context>
    <name>RegistrationWindow</name>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="+96"/>
        <source>Registration desk — {title}</source>
        <translation>Bureau d’inscription — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Registration desk</source>
        <translation>Bureau d’inscription</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the voter&apos;s eligibility, then press “Register voter”. Give the voter the slip: its ID is their secret ballot key. No personal data is entered or kept.</source>
        <translation>Vérifiez que l’électeur a le droit de voter, puis appuyez sur «&#xa0;Inscrire l’électeur&#xa0;». Remettez-lui la fiche&#xa0;: son identifiant est sa clé de vote secrète. Aucune donnée personnelle n’est saisie ni conservée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to register a voter</source>
        <translation>Comment inscrire un électeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Register voter</source>
        <translation>&amp;Inscrire l’électeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register voter</source>
        <translation>Inscrire l’électeur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New voter ID</source>
        <translation>Nouvel identifiant d’électeur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>QR code of the voter ID</source>
        <translation>Code QR de l’identifiant d’électeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the voter ID leaves the screen</source>
        <translation>Quand l’identifiant quitte l’écran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press “Register voter” for the next voter.</source>
        <translation>Appuyez sur «&#xa0;Inscrire l’électeur&#xa0;» pour l’électeur suivant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration state</source>
        <translation>État de l’inscription</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registration error</source>
        <translation>Erreur d’inscription</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print slip…</source>
        <translation>Im&amp;primer la fiche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the voter slip</source>
        <translation>Imprimer la fiche de l’électeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the voter ID from the screen</source>
        <translation>Effacer l’identifiant de l’écran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voters registered at this desk</source>
        <translation>Électeurs inscrits à ce bureau</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Registering…</source>
        <translation>Inscription…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Voter registered; the registration goes into the next block. Print the slip or let the voter scan the code.</source>
        <translation>Électeur inscrit&#x202f;; l’inscription entrera dans le prochain bloc. Imprimez la fiche ou laissez l’électeur scanner le code.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A registration was NOT recorded ({reason}): a voter whose ID the booth does not know registers again.</source>
        <translation>Une inscription n’a PAS été enregistrée ({reason})&#xa0;: un électeur dont l’isoloir ne reconnaît pas l’identifiant doit se réinscrire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} voter(s) registered at this desk today</source>
        <translation>{count} électeur(s) inscrit(s) à ce bureau aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {n} waiting for a block</source>
        <translation> · {n} en attente d’un bloc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {n} NOT recorded</source>
        <translation> · {n} NON enregistré(s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No voter was registered.</source>
        <translation>Aucun électeur n’a été inscrit.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This ID leaves the screen in {seconds} s.</source>
        <translation>Cet identifiant quitte l’écran dans {seconds} s.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each voter ID leaves the screen {seconds} s after it is shown.</source>
        <translation>Chaque identifiant quitte l’écran {seconds} s après son affichage.</translation>
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
        <translation>Pour vérifier ce rapport par rapport au registre de l’élection, scannez le code ou lancez&#xa0;: votingapp verify RECORD --report THIS.pdf</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location line="+17"/>
        <source>Print the &amp;zero report…</source>
        <translation>Imprimer le rapport &amp;zéro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the zero report, before the first ballot</source>
        <translation>Imprimer le rapport zéro, avant le premier bulletin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the results re&amp;port…</source>
        <translation>Imprimer le rapport des résu&amp;ltats…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the results report after the close</source>
        <translation>Imprimer le rapport des résultats après la clôture</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+3"/>
        <source>No report</source>
        <translation>Aucun rapport</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The report was not made: {reason}</source>
        <translation>Le rapport n’a pas été établi&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportRow</name>
    <message>
        <location filename="../../votingapp/election/report_language.py" line="+37"/>
        <source>Zero report</source>
        <translation>Rapport zéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results report</source>
        <translation>Rapport des résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the report</source>
        <translation>Fin du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election</source>
        <translation>Élection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election id</source>
        <translation>Identifiant de l’élection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip hash</source>
        <translation>Empreinte du dernier bloc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot</source>
        <translation>Scrutin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots cast</source>
        <translation>Bulletins déposés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnout</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypted by</source>
        <translation>Déchiffré par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no ballot cast yet: every count is zero</source>
        <translation>aucun bulletin déposé&#xa0;: tous les décomptes sont à zéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votes</source>
        <translation>voix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votes (share of the ballots cast)</source>
        <translation>voix (part des bulletins déposés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT closed</source>
        <translation>NON clos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret, trustees {trustees}, threshold {threshold}</source>
        <translation>secret, dépositaires {trustees}, seuil {threshold}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{voted} of {registered} ({share})</source>
        <translation>{voted} sur {registered} ({share})</translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="+74"/>
        <source>Results — {title}</source>
        <translation>Résultats — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Election title</source>
        <translation>Titre de l’élection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Election state</source>
        <translation>État du scrutin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the close</source>
        <translation>Après la clôture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turnout</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who decrypted the result</source>
        <translation>Qui a déchiffré le résultat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This election shows its results once it is closed. Turnout is live.</source>
        <translation>Cette élection affiche ses résultats une fois le scrutin clos. La participation est affichée en direct.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results are hidden until the close</source>
        <translation>Les résultats sont masqués jusqu’à la clôture</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Chart and counts</source>
        <translation>Graphique et décomptes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Bar chart of the votes per option</source>
        <translation>Diagramme en barres des voix par option</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes and shares per option</source>
        <translation>Voix et pourcentages par option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify everything</source>
        <translation>&amp;Tout vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify every block, transaction and signature</source>
        <translation>Vérifier chaque bloc, transaction et signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every block was checked by this node as it arrived.</source>
        <translation>Chaque bloc a été vérifié par ce nœud à son arrivée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification outcome</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Check a receipt</source>
        <translation>Vérifier un reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt to check</source>
        <translation>Reçu à vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the receipt&apos;s 64 hexadecimal digits</source>
        <translation>les 64 chiffres hexadécimaux du reçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the receipt</source>
        <translation>Vérifier le reçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the vote is recorded</source>
        <translation>Où le vote est enregistré</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Check a ballot</source>
        <translation>Vérifier un bulletin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the text of a ballot a booth opened for checking (“Check this machine”):</source>
        <translation>Collez le texte d’un bulletin qu’un isoloir a ouvert pour vérification («&#xa0;Vérifier cette machine&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened ballot to check</source>
        <translation>Bulletin ouvert à vérifier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the &amp;ballot</source>
        <translation>Vérifier le &amp;bulletin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the opened ballot</source>
        <translation>Vérifier le bulletin ouvert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the check of the ballot says</source>
        <translation>Résultat de la vérification du bulletin</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The node did not answer: {error}</source>
        <translation>Le nœud n’a pas répondu&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Registered {registered} · Voted {voted} · Turnout {share}</source>
        <translation>Inscrits {registered} · Votants {voted} · Participation {share}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not open yet</source>
        <translation>pas encore ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Election {status} · block height {height} · every block checked by this node as it arrived</source>
        <translation>Scrutin {status} · hauteur de bloc {height} · chaque bloc vérifié par ce nœud à son arrivée</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sealed — {shares} of {k} trustee shares</source>
        <translation>Scellés — {shares} parts de dépositaires sur {k}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The result is decrypted once {k} of the trustee stations have sent their share of the decryption. Turnout is live.</source>
        <translation>Le résultat sera déchiffré dès que {k} des postes dépositaires auront envoyé leur part du déchiffrement. La participation est affichée en direct.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every ballot is encrypted. After the close, the trustee stations ({k} of them suffice) decrypt the total together; no single ballot is ever decrypted. Turnout is live.</source>
        <translation>Chaque bulletin est chiffré. Après la clôture, les postes dépositaires ({k} d’entre eux suffisent) déchiffrent ensemble le total&#x202f;; aucun bulletin individuel n’est jamais déchiffré. La participation est affichée en direct.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decrypted by {m} of {n} trustees ({names}), every proof checked by this node.</source>
        <translation>Déchiffré par {m} des {n} dépositaires ({names}), chaque preuve vérifiée par ce nœud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Late returns came in since: {n} not in this result. Fewer than {m} late ballots stay sealed, because decrypting them apart would give away how they voted.</source>
        <translation>Des retours tardifs sont arrivés depuis&#xa0;: {n} ne figurent pas dans ce résultat. Moins de {m} bulletins tardifs restent scellés, car les déchiffrer à part révélerait comment leurs électeurs ont voté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Late returns came in since: the new count waits for the trustees&apos; shares.</source>
        <translation>Des retours tardifs sont arrivés depuis&#xa0;: le nouveau décompte attend les parts des dépositaires.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Closed at {time} (block {height}): nothing cast later counts.</source>
        <translation>Clos à {time} (bloc {height})&#xa0;: rien de ce qui est déposé ensuite ne compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations holding the closed chain: {names}.</source>
        <translation>Postes détenant la chaîne close&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not heard from since the close (cut off or off): {names}.</source>
        <translation>Sans nouvelles depuis la clôture (coupés ou éteints)&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The result last changed at {time}: late returns, {count} ballot(s) cast before the close at a station that was cut off, last from {station}.</source>
        <translation>Le résultat a changé pour la dernière fois à {time}&#xa0;: retours tardifs, {count} bulletin(s) déposé(s) avant la clôture sur un poste qui était coupé, le dernier venant de {station}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The result has not changed since the close.</source>
        <translation>Le résultat n’a pas changé depuis la clôture.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Verifying every block, transaction and signature…</source>
        <translation>Vérification de chaque bloc, transaction et signature…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Valid: {blocks} blocks, {txs} transactions and {sigs} signatures checked in {seconds:.2f} s; {registered} registered, {voted} voted.</source>
        <translation>✓ Valide&#xa0;: {blocks} blocs, {txs} transactions et {sigs} signatures vérifiés en {seconds:.2f} s&#x202f;; {registered} inscrits, {voted} votants.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verification stopped.</source>
        <translation>Vérification arrêtée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ INVALID: {error}</source>
        <translation>✗ NON VALIDE&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not verify: {error}</source>
        <translation>Vérification impossible&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A receipt has 64 hexadecimal digits (0-9, a-f).</source>
        <translation>Un reçu compte 64 chiffres hexadécimaux (0-9, a-f).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not found: this node knows no transaction with this receipt.</source>
        <translation>Introuvable&#xa0;: ce nœud ne connaît aucune transaction avec ce reçu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a vote&apos;s receipt (it is a {type} transaction).</source>
        <translation>Ce n’est pas le reçu d’un vote (c’est une transaction {type}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received: the vote waits for the next block.</source>
        <translation>Reçu&#xa0;: le vote attend le prochain bloc.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ Not counted: this vote was dropped because {reason}.</source>
        <translation>✗ Non compté&#xa0;: ce vote a été écarté car {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Recorded in block {height} (position {position}); {confirmations} block(s) confirm it.</source>
        <translation>✓ Enregistré dans le bloc {height} (position {position})&#x202f;; {confirmations} bloc(s) le confirment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(An encrypted ballot: its tracking code shows no choice.)</source>
        <translation>(Un bulletin chiffré&#xa0;: son code de suivi ne révèle aucun choix.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node could not check the receipt: {error}</source>
        <translation>Le nœud n’a pas pu vérifier le reçu&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste the opened ballot&apos;s text first.</source>
        <translation>Collez d’abord le texte du bulletin ouvert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The election key is not made yet (the trustees&apos; key ceremony): no ballot can be checked.</source>
        <translation>La clé de l’élection n’est pas encore créée (cérémonie des clés des dépositaires)&#xa0;: aucun bulletin ne peut être vérifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ The booth encrypted “{option}”, as the opened ballot states (tracking code {code}…). This ballot was opened, so it is never counted.</source>
        <translation>✓ L’isoloir a chiffré «&#xa0;{option}&#xa0;», comme l’indique le bulletin ouvert (code de suivi {code}…). Ce bulletin a été ouvert&#xa0;: il ne sera donc jamais compté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ {reason}</source>
        <translation>✗ {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node could not check the ballot: {error}</source>
        <translation>Le nœud n’a pas pu vérifier le bulletin&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="-206"/>
        <source>Review your choice</source>
        <translation>Vérifiez votre choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are voting for:</source>
        <translation>Vous votez pour&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your choice</source>
        <translation>Votre choix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next, this machine encrypts your choice and shows your ballot&apos;s tracking code. You can then cast it, or check that this machine encrypted what you chose.</source>
        <translation>Cette machine va ensuite chiffrer votre choix et afficher le code de suivi de votre bulletin. Vous pourrez alors le déposer, ou vérifier que cette machine a bien chiffré ce que vous avez choisi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What comes next</source>
        <translation>La suite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encrypt my choice</source>
        <translation>&amp;Chiffrer mon choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt my choice</source>
        <translation>Chiffrer mon choix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once cast, your vote cannot be changed.</source>
        <translation>Une fois déposé, votre vote ne peut plus être modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cast my &amp;vote</source>
        <translation>&amp;Déposer mon vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cast my vote</source>
        <translation>Déposer mon vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange my choice</source>
        <translation>&amp;Modifier mon choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my choice</source>
        <translation>Modifier mon choix</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="+74"/>
        <source>New polling station</source>
        <translation>Nouveau bureau de vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup</source>
        <translation>Configuration</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <location filename="../../votingapp/gui/slip.py" line="+87"/>
        <source>Your voter ID. Keep it secret: whoever holds it can cast your vote. Type it or scan the code at a voting booth.</source>
        <translation>Votre identifiant d’électeur. Gardez-le secret&#xa0;: quiconque le détient peut voter à votre place. Tapez-le ou scannez le code dans un isoloir.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Registered at {station}</source>
        <translation>Inscrit à {station}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Election {election}</source>
        <translation>Élection {election}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Voter slip</source>
        <translation>Fiche de l’électeur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print the voter slip</source>
        <translation>Imprimer la fiche de l’électeur</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="-572"/>
        <source>Set up this polling station</source>
        <translation>Configurer ce bureau de vote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of this station</source>
        <translation>Nom de ce poste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This station&apos;s fingerprint: &lt;b&gt;{fp}&lt;/b&gt;</source>
        <translation>Empreinte de ce poste&#xa0;: &lt;b&gt;{fp}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station&apos;s fingerprint</source>
        <translation>Empreinte de ce poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create a new election (this station becomes its authority)</source>
        <translation>&amp;Créer une nouvelle élection (ce poste en devient l’autorité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new election</source>
        <translation>Créer une nouvelle élection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join an election on this network</source>
        <translation>&amp;Rejoindre une élection sur ce réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join an election on this network</source>
        <translation>Rejoindre une élection sur ce réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join with a &amp;manifest file</source>
        <translation>Rejoindre avec un fichier &amp;manifeste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join with a manifest file</source>
        <translation>Rejoindre avec un fichier manifeste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why Next is not available</source>
        <translation>Pourquoi «&#xa0;Suivant&#xa0;» n’est pas disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sta&amp;tion name:</source>
        <translation>Nom du pos&amp;te&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a name for this station to go on.</source>
        <translation>Saisissez un nom pour ce poste pour continuer.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location line="+272"/>
        <source>Check the election before creating it</source>
        <translation>Vérifiez l’élection avant de la créer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create the election</source>
        <translation>&amp;Créer l’élection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the election is final: its title, options and stations cannot be changed afterwards. Go Back to change anything.</source>
        <translation>La création de l’élection est définitive&#xa0;: son titre, ses options et ses postes ne pourront plus être modifiés. Revenez en arrière pour changer quoi que ce soit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating is final</source>
        <translation>La création est définitive</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the election</source>
        <translation>Problème dans l’élection</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ({fp}) — this station, the election authority</source>
        <translation>{name} ({fp}) — ce poste, l’autorité électorale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations:</source>
        <translation>Postes&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>secret ballot; {k} of {n} trustee stations decrypt the result after the close</source>
        <translation>scrutin secret&#x202f;; {k} des {n} postes dépositaires déchiffrent le résultat après la clôture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open: votes are public; results {mode}</source>
        <translation>ouvert&#xa0;: les votes sont publics&#x202f;; résultats {mode}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>only after the close</source>
        <translation>seulement après la clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty:</source>
        <translation>Difficulté&#xa0;:</translation>
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
        <translation>aucun moteur de synthèse vocale n’est installé (speech-dispatcher et espeak-ng)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>does not start</source>
        <translation>ne démarre pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{engine}: {error}</source>
        <translation>{engine}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the speech engine stopped</source>
        <translation>le moteur de synthèse vocale s’est arrêté</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no answer from the speech engine in {n} s</source>
        <translation>aucune réponse du moteur de synthèse vocale en {n} s</translation>
    </message>
</context>
<context>
    <name>VoteBars</name>
    <message>
        <location filename="../../votingapp/gui/vote_bars.py" line="+74"/>
        <source>{option}: {count} votes</source>
        <translation>{option}&#xa0;: {count} voix</translation>
    </message>
</context>
<context>
    <name>VoterSettingsBar</name>
    <message>
        <location filename="../../votingapp/gui/booth_settings.py" line="+82"/>
        <source>Text size:</source>
        <translation>Taille du texte&#xa0;:</translation>
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
        <translation>Texte standard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Large text</source>
        <translation>Grand texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest text</source>
        <translation>Texte très grand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contrast:</source>
        <translation>Contraste&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Black on white</source>
        <translation>Noir sur blanc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White on black</source>
        <translation>Blanc sur noir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contrast: {name}</source>
        <translation>Contraste&#xa0;: {name}</translation>
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
        <translation>Veuillez patienter</translation>
    </message>
</context>
<context>
    <name>_Curtain</name>
    <message>
        <location filename="../../votingapp/gui/booth_audio.py" line="-374"/>
        <location line="+1"/>
        <source>Screen blanked</source>
        <translation>Écran masqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio ballot in use: the screen is blanked for privacy (F2 shows it).</source>
        <translation>Vote audio en cours&#xa0;: l’écran est masqué pour préserver le secret du vote (F2 l’affiche).</translation>
    </message>
</context>
</TS>
