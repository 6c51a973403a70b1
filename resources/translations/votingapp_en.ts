<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdmitDialog</name>
    <message>
        <location filename="../../votingapp/gui/admit_dialog.py" line="31"/>
        <location filename="../../votingapp/gui/admit_dialog.py" line="32"/>
        <source>Admit a station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/admit_dialog.py" line="35"/>
        <source>Compare the fingerprint with the one the station shows on its screen before admitting it. An admitted station can register voters and seal blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/admit_dialog.py" line="38"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/admit_dialog.py" line="41"/>
        <source>Stations waiting for admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/admit_dialog.py" line="48"/>
        <source>(no connected station waits; type its key below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/admit_dialog.py" line="51"/>
        <source>&amp;Waiting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/admit_dialog.py" line="53"/>
        <source>Station key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/admit_dialog.py" line="54"/>
        <source>64 hexadecimal digits (node-id of that station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/admit_dialog.py" line="56"/>
        <source>Station &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/admit_dialog.py" line="58"/>
        <source>Station name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/admit_dialog.py" line="60"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/admit_dialog.py" line="62"/>
        <source>Fingerprint of the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/admit_dialog.py" line="63"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/admit_dialog.py" line="66"/>
        <source>&amp;Admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/admit_dialog.py" line="67"/>
        <source>Admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/admit_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BallotFlow</name>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="114"/>
        <source>Ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="120"/>
        <source>Ballot steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="122"/>
        <source>Election title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="142"/>
        <source>Enter your voter ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="143"/>
        <source>Type your voter ID, or scan the code on your slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="143"/>
        <location filename="../../votingapp/gui/ballot_flow.py" line="168"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="145"/>
        <source>Voter ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="146"/>
        <source>32 letters and digits, dashes optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="152"/>
        <source>Voter ID check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="153"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="153"/>
        <source>Continue to the ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="166"/>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="167"/>
        <source>Choose one option, then review your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="173"/>
        <source>Option {number}: {option}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="180"/>
        <source>&amp;Review my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="180"/>
        <source>Review my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="183"/>
        <location filename="../../votingapp/gui/ballot_flow.py" line="309"/>
        <source>Start &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="183"/>
        <location filename="../../votingapp/gui/ballot_flow.py" line="309"/>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="192"/>
        <source>Review your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="193"/>
        <source>You are voting for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="193"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="194"/>
        <source>Your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="199"/>
        <source>Next, this machine encrypts your choice and shows your ballot&apos;s tracking code. You can then cast it, or check that this machine encrypted what you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="200"/>
        <source>What comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="202"/>
        <source>Once cast, your vote cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="202"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="204"/>
        <source>C&amp;hange my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="204"/>
        <source>Change my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="207"/>
        <source>&amp;Encrypt my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="207"/>
        <source>Encrypt my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="210"/>
        <source>Cast my &amp;vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="210"/>
        <source>Cast my vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="218"/>
        <location filename="../../votingapp/gui/ballot_flow.py" line="230"/>
        <source>Cast or check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="219"/>
        <source>Your ballot is encrypted. Its tracking code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="220"/>
        <source>Your ballot is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="222"/>
        <source>Tracking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="228"/>
        <source>Cast your ballot, or check this machine first: a checked ballot is opened to show that it holds your choice, it is never counted, and you then vote again. Once cast, your vote cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="231"/>
        <source>Check this &amp;machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="231"/>
        <source>Check this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="233"/>
        <source>Cast my &amp;ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="233"/>
        <source>Cast my ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="241"/>
        <source>Your ballot, opened for checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="242"/>
        <source>This ballot is opened for checking: it will never be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="243"/>
        <source>Ballot opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="244"/>
        <source>How to check this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="249"/>
        <source>The opened ballot, as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="253"/>
        <source>QR code of the opened ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="258"/>
        <source>&amp;Vote again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="258"/>
        <source>Vote again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="260"/>
        <source>&amp;Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="260"/>
        <source>Leave without voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="268"/>
        <location filename="../../votingapp/gui/ballot_flow.py" line="269"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="276"/>
        <source>Your receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="277"/>
        <source>Thank you. Your vote is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="277"/>
        <source>Vote recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="280"/>
        <source>Your receipt is your ballot&apos;s tracking code: it lets you check later that your ballot is in the record (Results → Check a receipt). It shows neither your choice nor who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="284"/>
        <source>Your receipt lets you check later that your vote is in the record (Results → Check a receipt). It does not show who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="286"/>
        <source>About the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="288"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="293"/>
        <source>QR code of the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="294"/>
        <source>Time left on this screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="295"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="295"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="306"/>
        <source>Your vote was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="307"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="308"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="331"/>
        <source>A voter ID has only letters and digits: check the last character typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="333"/>
        <source>Too long: a voter ID has {n} letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="335"/>
        <source>This voter ID has a typing mistake: check every character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="337"/>
        <source>✓ Voter ID complete. Press Enter to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="339"/>
        <source>A voter ID has {n} letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="341"/>
        <source>{count} of {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="351"/>
        <source>Checking your voter ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="412"/>
        <location filename="../../votingapp/gui/ballot_flow.py" line="447"/>
        <source>Recording your vote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="425"/>
        <source>Encrypting your ballot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="461"/>
        <source>Opening your ballot for checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="471"/>
        <source>To check this machine, scan this code or copy this text on any other station: Results → “Check a ballot”, or the command “votingapp check-ballot”. It must say that the booth encrypted “{choice}”, the option you chose. If it does not, tell a poll worker. Then vote again: your vote is not cast yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="481"/>
        <source>(too long for a QR code: use the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="518"/>
        <source>This screen clears itself in {n} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="537"/>
        <source>Unknown voter ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="538"/>
        <source>This is not a valid voter ID. Check it for typing mistakes, or ask a poll worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="540"/>
        <source>Not registered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="541"/>
        <source>This voter ID is not registered (yet). If you were registered just now, wait a moment and try again, or ask a poll worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="544"/>
        <source>Already voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="545"/>
        <source>A vote was already cast with this voter ID. Each voter votes once. Ask a poll worker if this is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="548"/>
        <source>The election is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="548"/>
        <source>No more votes can be cast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="550"/>
        <source>The election is not open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="550"/>
        <source>Votes can be cast once the election opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="552"/>
        <source>Unknown option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="552"/>
        <source>That option is not on this ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="554"/>
        <source>The election key is not ready yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="555"/>
        <source>The trustee stations have not finished making the election key: ballots can be cast once they have. Please ask a poll worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="558"/>
        <source>The election key could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="559"/>
        <source>The trustee stations&apos; key ceremony stopped: no ballot can be cast. Please ask a poll worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="560"/>
        <source>Your vote could not be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="561"/>
        <source>Please ask a poll worker. ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BallotWindow</name>
    <message>
        <location filename="../../votingapp/gui/ballot_window.py" line="30"/>
        <source>Voting booth — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_window.py" line="31"/>
        <source>Voting booth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../votingapp/gui/kiosk.py" line="44"/>
        <location filename="../../votingapp/gui/kiosk.py" line="56"/>
        <source>Poll worker code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/kiosk.py" line="44"/>
        <source>Unlock the booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/kiosk.py" line="48"/>
        <source>Choose a code of at least {n} characters. It is needed to leave the kiosk (press {keys}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/kiosk.py" line="50"/>
        <source>Poll workers only: enter the code to leave the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/kiosk.py" line="52"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/kiosk.py" line="57"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/kiosk.py" line="60"/>
        <source>Poll worker code again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/kiosk.py" line="62"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/kiosk.py" line="64"/>
        <source>Problem with the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/kiosk.py" line="67"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/kiosk.py" line="68"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/kiosk.py" line="78"/>
        <source>The code needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/kiosk.py" line="81"/>
        <source>The two codes differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../votingapp/gui/crash.py" line="74"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/crash.py" line="75"/>
        <source>An unexpected error occurred: {summary}

The node keeps running and its data is safe. The details were written to the log in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/crash.py" line="77"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="112"/>
        <source>Create an election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="115"/>
        <source>Election title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="118"/>
        <source>Options, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="120"/>
        <source>One option per line (at least two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="123"/>
        <source>Stations that take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="125"/>
        <source>This station ({fp})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="131"/>
        <source>Show results &amp;live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="132"/>
        <source>Show results live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="133"/>
        <source>Show results only &amp;after the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="134"/>
        <source>Show results only after the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="136"/>
        <source>Ad&amp;vanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="137"/>
        <source>Show advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="138"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="139"/>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="143"/>
        <source>Proof-of-work difficulty in bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="145"/>
        <source>&amp;Difficulty (bits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="149"/>
        <source>Problem with the election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="166"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="167"/>
        <source>&amp;Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="168"/>
        <source>&amp;Stations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="169"/>
        <source>Kind of election:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="171"/>
        <source>Results:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="200"/>
        <source>Secret &amp;ballot (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="201"/>
        <source>Secret ballot (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="202"/>
        <source>O&amp;pen (informal polls: votes and live results are public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="203"/>
        <source>Open election: votes and live results are public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="205"/>
        <source>Every ballot is encrypted; only the total is ever decrypted, by the trustee stations together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="206"/>
        <source>About the secret ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="208"/>
        <source>Every vote is stored in plain text on every station: anyone with the record sees each vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="209"/>
        <source>About the open election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="221"/>
        <source>Secret ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="222"/>
        <source>Secret ballot: trustees and threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="224"/>
        <source>Trustee stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="229"/>
        <source>Trustee stations hold a share of the election key: together they decrypt the result, and no single laptop can read a ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="230"/>
        <source>About the trustees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="233"/>
        <source>Trustee stations needed to decrypt the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="234"/>
        <source>About the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="236"/>
        <source>Warning about a single trustee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="238"/>
        <source>Warning: with one trustee station, this laptop alone could read single ballots. Add trustee stations for a secret ballot that no single laptop can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="241"/>
        <source>T&amp;rustees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="243"/>
        <source>Thres&amp;hold k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="288"/>
        <source>{k} of the {n} trustee stations must be up after the close to decrypt the result; no single laptop can read a ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="291"/>
        <source>The trustee station must be up after the close to decrypt the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="324"/>
        <source>Tick at least one trustee station (this station, at least).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../votingapp/gui/app.py" line="100"/>
        <source>This data dir cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/app.py" line="114"/>
        <source>Opening the election in {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/app.py" line="115"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/app.py" line="116"/>
        <location filename="../../votingapp/gui/app.py" line="191"/>
        <source>Polling station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/app.py" line="148"/>
        <source>The station cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplorerWindow</name>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="63"/>
        <source>Block explorer — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="64"/>
        <source>Block explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="72"/>
        <source>Chain summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="74"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="74"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="74"/>
        <source>Sealed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="74"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="75"/>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="77"/>
        <source>&amp;Older blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="78"/>
        <source>Load older blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="80"/>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="80"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="80"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="81"/>
        <source>Transactions of the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="85"/>
        <source>Transaction detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="91"/>
        <source>Blocks, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="136"/>
        <source>The node did not answer: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="147"/>
        <source>{n} blocks on the best chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="212"/>
        <source>vote for “{choice}” by voter {voter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="214"/>
        <source>voter {voter} registered by {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="216"/>
        <source>station {name} ({station}) admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="218"/>
        <source>election closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="220"/>
        <source>election opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="222"/>
        <source>encrypted ballot, tracking code {code}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="224"/>
        <source>key ceremony: a trustee&apos;s encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="226"/>
        <source>key ceremony: a trustee&apos;s commitments and encrypted shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="228"/>
        <source>key ceremony: a trustee checked the shares it received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="230"/>
        <source>key ceremony: {station} reports a bad share from trustee {dealer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="233"/>
        <source>decryption share from {station} (the sum up to block {upto}…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="252"/>
        <source>This transaction is no longer on the best chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="255"/>
        <source>Transaction {txid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="256"/>
        <source>In block {height} ({block})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="261"/>
        <source>Size: {size} bytes (the choice is encrypted: nothing here shows it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinFilePage</name>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="450"/>
        <source>Join with a manifest file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="453"/>
        <source>Manifest file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="455"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="456"/>
        <source>Choose the manifest file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="458"/>
        <source>This station&apos;s fingerprint, for the authority to admit it: &lt;b&gt;{fp}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="460"/>
        <source>This station&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="463"/>
        <source>Problem joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="470"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="476"/>
        <source>Election manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="477"/>
        <source>Election manifests (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinLanPage</name>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="348"/>
        <source>Join an election on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="353"/>
        <source>Elections on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="355"/>
        <source>Show this station&apos;s fingerprint to the election authority so that it admits this station: &lt;b&gt;{fp}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="357"/>
        <source>This station&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="360"/>
        <source>Compare the election&apos;s fingerprint with the one on the authority&apos;s screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="361"/>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="364"/>
        <source>Joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="366"/>
        <source>Problem joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="375"/>
        <source>(discovery is off: join with a manifest file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="386"/>
        <source>{title} — election {fp} — via {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="412"/>
        <source>Fetching the election from {station}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="430"/>
        <source>Joined “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="437"/>
        <source>Could not join: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../votingapp/gui/kiosk.py" line="99"/>
        <source>Voting booth (kiosk) — {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="70"/>
        <source>{title} — {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="71"/>
        <source>Polling station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="76"/>
        <source>Election title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="81"/>
        <source>This station and its role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="86"/>
        <source>Admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="93"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="109"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="129"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="130"/>
        <source>Status of this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="134"/>
        <source>Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="135"/>
        <source>Connected stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="136"/>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="137"/>
        <source>Waiting transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="138"/>
        <source>Sealing blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="139"/>
        <source>Last block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="140"/>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="141"/>
        <source>Since the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="142"/>
        <source>Key ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="142"/>
        <source>Secret ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="153"/>
        <location filename="../../votingapp/gui/main_window.py" line="154"/>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="156"/>
        <source>&amp;Registration desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="156"/>
        <source>Open the registration desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="158"/>
        <source>Voting &amp;booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="158"/>
        <source>Open the voting booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="160"/>
        <source>Voting booth (&amp;kiosk)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="160"/>
        <source>Start the voting booth in kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="162"/>
        <source>R&amp;esults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="162"/>
        <source>Open the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="163"/>
        <source>Block e&amp;xplorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="163"/>
        <source>Open the block explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="172"/>
        <location filename="../../votingapp/gui/main_window.py" line="173"/>
        <source>Election authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="175"/>
        <source>&amp;Admit a station…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="175"/>
        <source>Admit a waiting station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="177"/>
        <source>&amp;Close the election…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="177"/>
        <location filename="../../votingapp/gui/main_window.py" line="438"/>
        <source>Close the election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="179"/>
        <source>Export the election &amp;record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="179"/>
        <location filename="../../votingapp/gui/main_window.py" line="469"/>
        <source>Export the election record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="181"/>
        <source>Export the &amp;manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="182"/>
        <source>Export the manifest other stations join with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="205"/>
        <source>sealing a block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="205"/>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="220"/>
        <source>The node does not answer: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="227"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="228"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="228"/>
        <source>not open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="230"/>
        <source>{state} · id {fingerprint} · secret ballot, {k} of {n} trustees decrypt the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="235"/>
        <source>{state} · id {fingerprint} · results {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="237"/>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="237"/>
        <source>after the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="240"/>
        <source>{name} (height {height})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="241"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="247"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="248"/>
        <source>{registered} registered, {voted} voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="266"/>
        <source>complete — one trustee: this laptop alone could read single ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="267"/>
        <source>complete — {n} trustees, {k} of them decrypt the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="270"/>
        <source>STOPPED: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="271"/>
        <source>trustee keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="271"/>
        <source>shares dealt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="271"/>
        <source>shares checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="272"/>
        <source>in progress: {step} {done} of {of} (ballots are taken once it is done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="278"/>
        <source>every ballot encrypted; the trustees decrypt the total after the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="285"/>
        <source>not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="286"/>
        <source>{count} station(s) hold the closed chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="288"/>
        <source>waiting for {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="291"/>
        <source>result changed at {time} by late returns ({count} ballot(s) cast before the close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="294"/>
        <source>result unchanged since the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="308"/>
        <source>⚠ This station cannot save: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="310"/>
        <source>⚠ Copied station: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="315"/>
        <source>⚠ The key ceremony stopped: the share from {station} is bad. No ballot can be cast; the election authority can restart the election without that station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="319"/>
        <source>⚠ The key ceremony stopped at this station: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="322"/>
        <source>⚠ Clock: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="326"/>
        <source>⚠ Double vote detected ({count}): a voter voted at two stations while they were cut off from each other. Only the vote recorded first counts; the other one (receipt {receipts}) does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="335"/>
        <source>election authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="337"/>
        <source>admitted station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="339"/>
        <source>waiting for admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="340"/>
        <source>This station: {name} ({fingerprint}) — {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="344"/>
        <source>Not admitted yet. Show this fingerprint to the election authority: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="429"/>
        <source>Admission sent: the station is admitted with the next block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="439"/>
        <source>Close the election now? No registration or vote is accepted after the close. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="451"/>
        <source>Close sent: the election closes with the next block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="456"/>
        <source>Refused: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="457"/>
        <location filename="../../votingapp/gui/main_window.py" line="458"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="470"/>
        <source>Election records (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="521"/>
        <source>Wrote {path}: {blocks} blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="485"/>
        <source>Export the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="486"/>
        <source>Election manifests (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="523"/>
        <source>Wrote {path}: other stations join the election with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationWindow</name>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="69"/>
        <source>Registration desk — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="70"/>
        <location filename="../../votingapp/gui/registration_window.py" line="72"/>
        <location filename="../../votingapp/gui/registration_window.py" line="74"/>
        <source>Registration desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="76"/>
        <source>Check the voter&apos;s eligibility, then press “Register voter”. Give the voter the slip: its ID is their secret ballot key. No personal data is entered or kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="79"/>
        <source>How to register a voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="81"/>
        <source>&amp;Register voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="82"/>
        <source>Register voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="88"/>
        <source>New voter ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="93"/>
        <source>QR code of the voter ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="95"/>
        <source>Press “Register voter” for the next voter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="96"/>
        <source>Registration state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="99"/>
        <source>Registration error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="103"/>
        <source>&amp;Print slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="104"/>
        <source>Print the voter slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="107"/>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="108"/>
        <source>Clear the voter ID from the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="113"/>
        <source>Voters registered at this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="162"/>
        <source>Voter registered; the registration goes into the next block. Print the slip or let the voter scan the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="171"/>
        <source>A registration was NOT recorded ({reason}): a voter whose ID the booth does not know registers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="176"/>
        <source>{count} voter(s) registered at this desk today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="178"/>
        <source> · {n} waiting for a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="180"/>
        <source> · {n} NOT recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="146"/>
        <source>Registering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="185"/>
        <source>No voter was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="200"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="71"/>
        <source>Results — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="72"/>
        <location filename="../../votingapp/gui/results_window.py" line="94"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="80"/>
        <source>Election title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="83"/>
        <source>Election state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="86"/>
        <source>After the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="90"/>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="97"/>
        <source>Who decrypted the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="100"/>
        <source>This election shows its results once it is closed. Turnout is live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="101"/>
        <source>Results are hidden until the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="124"/>
        <source>Chart and counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="125"/>
        <location filename="../../votingapp/gui/results_window.py" line="152"/>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="147"/>
        <source>Bar chart of the votes per option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="151"/>
        <source>Votes and shares per option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="152"/>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="152"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="171"/>
        <location filename="../../votingapp/gui/results_window.py" line="172"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="173"/>
        <source>&amp;Verify everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="174"/>
        <source>Verify every block, transaction and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="176"/>
        <source>Every block was checked by this node as it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="177"/>
        <source>Verification outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="185"/>
        <location filename="../../votingapp/gui/results_window.py" line="186"/>
        <source>Check a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="188"/>
        <source>Receipt to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="189"/>
        <source>the receipt&apos;s 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="192"/>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="193"/>
        <source>Check the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="196"/>
        <source>Where the vote is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="207"/>
        <location filename="../../votingapp/gui/results_window.py" line="208"/>
        <source>Check a ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="209"/>
        <source>Paste the text of a ballot a booth opened for checking (“Check this machine”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="212"/>
        <source>Opened ballot to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="216"/>
        <source>Check the &amp;ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="217"/>
        <source>Check the opened ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="220"/>
        <source>What the check of the ballot says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="253"/>
        <source>The node did not answer: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="261"/>
        <source>Registered {registered} · Voted {voted} · Turnout {share}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="263"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="263"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="263"/>
        <source>not open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="265"/>
        <source>Election {status} · block height {height} · every block checked by this node as it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="284"/>
        <source>Sealed — {shares} of {k} trustee shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="287"/>
        <source>The result is decrypted once {k} of the trustee stations have sent their share of the decryption. Turnout is live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="290"/>
        <source>Every ballot is encrypted. After the close, the trustee stations ({k} of them suffice) decrypt the total together; no single ballot is ever decrypted. Turnout is live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="298"/>
        <source>Decrypted by {m} of {n} trustees ({names}), every proof checked by this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="301"/>
        <source>Late returns came in since: the new count waits for the trustees&apos; shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="311"/>
        <source>Closed at {time} (block {height}): nothing cast later counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="313"/>
        <source>Stations holding the closed chain: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="314"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="316"/>
        <source>Not heard from since the close (cut off or off): {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="321"/>
        <source>The result last changed at {time}: late returns, {count} ballot(s) cast before the close at a station that was cut off, last from {station}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="326"/>
        <source>The result has not changed since the close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="367"/>
        <source>Verifying every block, transaction and signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="376"/>
        <source>✓ Valid: {blocks} blocks, {txs} transactions and {sigs} signatures checked in {seconds:.2f} s; {registered} registered, {voted} voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="387"/>
        <source>Verification stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="389"/>
        <source>✗ INVALID: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="391"/>
        <source>Could not verify: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="403"/>
        <source>A receipt has 64 hexadecimal digits (0-9, a-f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="414"/>
        <source>Not found: this node knows no transaction with this receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="416"/>
        <source>This is not a vote&apos;s receipt (it is a {type} transaction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="418"/>
        <source>Received: the vote waits for the next block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="420"/>
        <source>✗ Not counted: this vote was dropped because {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="421"/>
        <source>it conflicts with the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="423"/>
        <source>✓ Recorded in block {height} (position {position}); {confirmations} block(s) confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="427"/>
        <source>(An encrypted ballot: its tracking code shows no choice.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="432"/>
        <source>The node could not check the receipt: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="440"/>
        <source>Paste the opened ballot&apos;s text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="456"/>
        <source>The election key is not made yet (the trustees&apos; key ceremony): no ballot can be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="459"/>
        <source>✓ The booth encrypted “{option}”, as the opened ballot states (tracking code {code}…). This ballot was opened, so it is never counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="463"/>
        <source>✗ {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="467"/>
        <source>The node could not check the ballot: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="506"/>
        <source>New polling station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="507"/>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <location filename="../../votingapp/gui/slip.py" line="42"/>
        <source>Your voter ID. Keep it secret: whoever holds it can cast your vote. Type it or scan the code at a voting booth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/slip.py" line="60"/>
        <source>Registered at {station} · election {election}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/slip.py" line="97"/>
        <source>Voter slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/slip.py" line="113"/>
        <source>Print the voter slip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="69"/>
        <source>Set up this polling station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="72"/>
        <source>Name of this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="76"/>
        <source>This station&apos;s fingerprint: &lt;b&gt;{fp}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="77"/>
        <source>This station&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="79"/>
        <source>&amp;Create a new election (this station becomes its authority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="80"/>
        <source>Create a new election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="81"/>
        <source>&amp;Join an election on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="82"/>
        <source>Join an election on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="83"/>
        <source>Join with a &amp;manifest file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="84"/>
        <source>Join with a manifest file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="90"/>
        <source>Station &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
