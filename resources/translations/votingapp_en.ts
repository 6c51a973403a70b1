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
        <location filename="../../votingapp/gui/ballot_flow.py" line="105"/>
        <source>Ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="110"/>
        <source>Ballot steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="112"/>
        <source>Election title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="130"/>
        <source>Enter your voter ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="131"/>
        <source>Type your voter ID, or scan the code on your slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="131"/>
        <location filename="../../votingapp/gui/ballot_flow.py" line="156"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="133"/>
        <source>Voter ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="134"/>
        <source>32 letters and digits, dashes optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="140"/>
        <source>Voter ID check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="141"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="141"/>
        <source>Continue to the ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="154"/>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="155"/>
        <source>Choose one option, then review your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="161"/>
        <source>Option {number}: {option}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="168"/>
        <source>&amp;Review my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="168"/>
        <source>Review my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="171"/>
        <location filename="../../votingapp/gui/ballot_flow.py" line="232"/>
        <source>Start &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="171"/>
        <location filename="../../votingapp/gui/ballot_flow.py" line="232"/>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="180"/>
        <source>Review your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="181"/>
        <source>You are voting for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="181"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="182"/>
        <source>Your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="185"/>
        <source>Once cast, your vote cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="185"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="186"/>
        <source>C&amp;hange my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="186"/>
        <source>Change my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="188"/>
        <source>Cast my &amp;vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="188"/>
        <source>Cast my vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="196"/>
        <location filename="../../votingapp/gui/ballot_flow.py" line="197"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="204"/>
        <source>Your receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="205"/>
        <source>Thank you. Your vote is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="205"/>
        <source>Vote recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="208"/>
        <source>Your receipt lets you check later that your vote is in the record (Results → Check a receipt). It does not show who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="209"/>
        <source>About the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="211"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="216"/>
        <source>QR code of the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="217"/>
        <source>Time left on this screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="218"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="218"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="229"/>
        <source>Your vote was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="230"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="231"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="254"/>
        <source>A voter ID has only letters and digits: check the last character typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="256"/>
        <source>Too long: a voter ID has {n} letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="258"/>
        <source>This voter ID has a typing mistake: check every character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="260"/>
        <source>✓ Voter ID complete. Press Enter to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="262"/>
        <source>A voter ID has {n} letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="264"/>
        <source>{count} of {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="274"/>
        <source>Checking your voter ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="335"/>
        <source>Recording your vote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="362"/>
        <source>This screen clears itself in {n} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="380"/>
        <source>Unknown voter ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="381"/>
        <source>This is not a valid voter ID. Check it for typing mistakes, or ask a poll worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="383"/>
        <source>Not registered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="384"/>
        <source>This voter ID is not registered (yet). If you were registered just now, wait a moment and try again, or ask a poll worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="387"/>
        <source>Already voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="388"/>
        <source>A vote was already cast with this voter ID. Each voter votes once. Ask a poll worker if this is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="391"/>
        <source>The election is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="391"/>
        <source>No more votes can be cast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="393"/>
        <source>The election is not open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="393"/>
        <source>Votes can be cast once the election opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="395"/>
        <source>Unknown option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="395"/>
        <source>That option is not on this ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="396"/>
        <source>Your vote could not be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="397"/>
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
        <location filename="../../votingapp/gui/wizard.py" line="97"/>
        <source>Create an election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="100"/>
        <source>Election title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="103"/>
        <source>Options, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="105"/>
        <source>One option per line (at least two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="107"/>
        <source>Stations that take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="108"/>
        <source>This station ({fp})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="112"/>
        <source>Show results &amp;live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="113"/>
        <source>Show results live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="114"/>
        <source>Show results only &amp;after the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="115"/>
        <source>Show results only after the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="117"/>
        <source>Ad&amp;vanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="118"/>
        <source>Show advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="119"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="120"/>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="124"/>
        <source>Proof-of-work difficulty in bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="126"/>
        <source>&amp;Difficulty (bits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="130"/>
        <source>Problem with the election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="135"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="136"/>
        <source>&amp;Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="137"/>
        <source>&amp;Stations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="138"/>
        <source>Results:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../votingapp/gui/app.py" line="105"/>
        <source>Opening the election in {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/app.py" line="106"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/app.py" line="107"/>
        <location filename="../../votingapp/gui/app.py" line="182"/>
        <source>Polling station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/app.py" line="139"/>
        <source>The station cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplorerWindow</name>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="61"/>
        <source>Block explorer — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="62"/>
        <source>Block explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="70"/>
        <source>Chain summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="72"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="72"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="72"/>
        <source>Sealed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="72"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="73"/>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="75"/>
        <source>&amp;Older blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="76"/>
        <source>Load older blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="78"/>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="78"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="78"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="79"/>
        <source>Transactions of the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="83"/>
        <source>Transaction detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="89"/>
        <source>Blocks, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="134"/>
        <source>The node did not answer: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="145"/>
        <source>{n} blocks on the best chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="210"/>
        <source>vote for “{choice}” by voter {voter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="212"/>
        <source>voter {voter} registered by {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="214"/>
        <source>station {name} ({station}) admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="216"/>
        <source>election closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="218"/>
        <source>election opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="236"/>
        <source>This transaction is no longer on the best chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="239"/>
        <source>Transaction {txid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="240"/>
        <source>In block {height} ({block})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinFilePage</name>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="298"/>
        <source>Join with a manifest file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="301"/>
        <source>Manifest file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="303"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="304"/>
        <source>Choose the manifest file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="306"/>
        <source>This station&apos;s fingerprint, for the authority to admit it: &lt;b&gt;{fp}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="308"/>
        <source>This station&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="311"/>
        <source>Problem joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="318"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="324"/>
        <source>Election manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="325"/>
        <source>Election manifests (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinLanPage</name>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="196"/>
        <source>Join an election on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="201"/>
        <source>Elections on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="203"/>
        <source>Show this station&apos;s fingerprint to the election authority so that it admits this station: &lt;b&gt;{fp}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="205"/>
        <source>This station&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="208"/>
        <source>Compare the election&apos;s fingerprint with the one on the authority&apos;s screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="209"/>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="212"/>
        <source>Joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="214"/>
        <source>Problem joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="223"/>
        <source>(discovery is off: join with a manifest file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="234"/>
        <source>{title} — election {fp} — via {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="260"/>
        <source>Fetching the election from {station}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="278"/>
        <source>Joined “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="285"/>
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
        <location filename="../../votingapp/gui/main_window.py" line="128"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="129"/>
        <source>Status of this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="133"/>
        <source>Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="134"/>
        <source>Connected stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="135"/>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="136"/>
        <source>Waiting transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="137"/>
        <source>Sealing blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="138"/>
        <source>Last block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="139"/>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="140"/>
        <source>Since the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="150"/>
        <location filename="../../votingapp/gui/main_window.py" line="151"/>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="153"/>
        <source>&amp;Registration desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="153"/>
        <source>Open the registration desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="155"/>
        <source>Voting &amp;booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="155"/>
        <source>Open the voting booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="157"/>
        <source>Voting booth (&amp;kiosk)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="157"/>
        <source>Start the voting booth in kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="159"/>
        <source>R&amp;esults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="159"/>
        <source>Open the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="160"/>
        <source>Block e&amp;xplorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="160"/>
        <source>Open the block explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="169"/>
        <location filename="../../votingapp/gui/main_window.py" line="170"/>
        <source>Election authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="172"/>
        <source>&amp;Admit a station…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="172"/>
        <source>Admit a waiting station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="174"/>
        <source>&amp;Close the election…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="174"/>
        <location filename="../../votingapp/gui/main_window.py" line="389"/>
        <source>Close the election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="176"/>
        <source>Export the election &amp;record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="176"/>
        <location filename="../../votingapp/gui/main_window.py" line="420"/>
        <source>Export the election record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="178"/>
        <source>Export the &amp;manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="179"/>
        <source>Export the manifest other stations join with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="197"/>
        <source>sealing a block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="197"/>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="212"/>
        <source>The node does not answer: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="219"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="220"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="220"/>
        <source>not open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="221"/>
        <source>{state} · id {fingerprint} · results {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="223"/>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="223"/>
        <source>after the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="226"/>
        <source>{name} (height {height})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="227"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="233"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="234"/>
        <source>{registered} registered, {voted} voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="246"/>
        <source>not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="247"/>
        <source>{count} station(s) hold the closed chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="249"/>
        <source>waiting for {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="252"/>
        <source>result changed at {time} by late returns ({count} ballot(s) cast before the close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="255"/>
        <source>result unchanged since the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="269"/>
        <source>⚠ This station cannot save: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="271"/>
        <source>⚠ Copied station: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="273"/>
        <source>⚠ Clock: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="277"/>
        <source>⚠ Double vote detected ({count}): a voter voted at two stations while they were cut off from each other. Only the vote recorded first counts; the other one (receipt {receipts}) does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="286"/>
        <source>election authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="288"/>
        <source>admitted station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="290"/>
        <source>waiting for admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="291"/>
        <source>This station: {name} ({fingerprint}) — {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="295"/>
        <source>Not admitted yet. Show this fingerprint to the election authority: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="380"/>
        <source>Admission sent: the station is admitted with the next block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="390"/>
        <source>Close the election now? No registration or vote is accepted after the close. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="402"/>
        <source>Close sent: the election closes with the next block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="407"/>
        <source>Refused: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="408"/>
        <location filename="../../votingapp/gui/main_window.py" line="409"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="421"/>
        <source>Election records (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="472"/>
        <source>Wrote {path}: {blocks} blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="436"/>
        <source>Export the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="437"/>
        <source>Election manifests (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="474"/>
        <source>Wrote {path}: other stations join the election with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationWindow</name>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="75"/>
        <source>Registration desk — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="76"/>
        <location filename="../../votingapp/gui/registration_window.py" line="78"/>
        <location filename="../../votingapp/gui/registration_window.py" line="80"/>
        <source>Registration desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="82"/>
        <source>Check the voter&apos;s eligibility, then press “Register voter”. Give the voter the slip: its ID is their secret ballot key. No personal data is entered or kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="85"/>
        <source>How to register a voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="87"/>
        <source>&amp;Register voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="88"/>
        <source>Register voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="94"/>
        <source>New voter ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="99"/>
        <source>QR code of the voter ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="101"/>
        <source>Press “Register voter” for the next voter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="102"/>
        <source>Registration state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="105"/>
        <source>Registration error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="109"/>
        <source>&amp;Print slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="110"/>
        <source>Print the voter slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="113"/>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="114"/>
        <source>Clear the voter ID from the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="119"/>
        <source>Registrations of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="134"/>
        <source>&amp;Registrations (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="151"/>
        <source>Registering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="167"/>
        <source>Voter {number} registered; the registration goes into the next block. Print the slip or let the voter scan the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="172"/>
        <source>No voter was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="187"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="66"/>
        <source>Results — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="67"/>
        <location filename="../../votingapp/gui/results_window.py" line="89"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="75"/>
        <source>Election title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="78"/>
        <source>Election state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="81"/>
        <source>After the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="85"/>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="91"/>
        <source>This election shows its results once it is closed. Turnout is live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="92"/>
        <source>Results are hidden until the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="112"/>
        <source>Chart and counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="113"/>
        <location filename="../../votingapp/gui/results_window.py" line="140"/>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="135"/>
        <source>Bar chart of the votes per option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="139"/>
        <source>Votes and shares per option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="140"/>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="140"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="159"/>
        <location filename="../../votingapp/gui/results_window.py" line="160"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="161"/>
        <source>&amp;Verify everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="162"/>
        <source>Verify every block, transaction and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="164"/>
        <source>Every block was checked by this node as it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="165"/>
        <source>Verification outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="173"/>
        <location filename="../../votingapp/gui/results_window.py" line="174"/>
        <source>Check a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="176"/>
        <source>Receipt to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="177"/>
        <source>the receipt&apos;s 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="180"/>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="181"/>
        <source>Check the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="184"/>
        <source>Where the vote is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="218"/>
        <source>The node did not answer: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="226"/>
        <source>Registered {registered} · Voted {voted} · Turnout {share}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="228"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="228"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="228"/>
        <source>not open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="230"/>
        <source>Election {status} · block height {height} · every block checked by this node as it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="250"/>
        <source>Closed at {time} (block {height}): nothing cast later counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="252"/>
        <source>Stations holding the closed chain: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="253"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="255"/>
        <source>Not heard from since the close (cut off or off): {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="260"/>
        <source>The result last changed at {time}: late returns, {count} ballot(s) cast before the close at a station that was cut off, last from {station}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="265"/>
        <source>The result has not changed since the close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="306"/>
        <source>Verifying every block, transaction and signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="315"/>
        <source>✓ Valid: {blocks} blocks, {txs} transactions and {sigs} signatures checked in {seconds:.2f} s; {registered} registered, {voted} voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="325"/>
        <source>Verification stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="327"/>
        <source>✗ INVALID: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="329"/>
        <source>Could not verify: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="341"/>
        <source>A receipt has 64 hexadecimal digits (0-9, a-f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="352"/>
        <source>Not found: this node knows no transaction with this receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="354"/>
        <source>This is not a vote&apos;s receipt (it is a {type} transaction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="356"/>
        <source>Received: the vote waits for the next block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="358"/>
        <source>✗ Not counted: this vote was dropped because {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="359"/>
        <source>it conflicts with the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="361"/>
        <source>✓ Recorded in block {height} (position {position}); {confirmations} block(s) confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="368"/>
        <source>The node could not check the receipt: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="354"/>
        <source>New polling station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="355"/>
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
        <location filename="../../votingapp/gui/wizard.py" line="60"/>
        <source>Set up this polling station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="63"/>
        <source>Name of this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="66"/>
        <source>This station&apos;s fingerprint: &lt;b&gt;{fp}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="67"/>
        <source>This station&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="69"/>
        <source>&amp;Create a new election (this station becomes its authority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="70"/>
        <source>Create a new election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="71"/>
        <source>&amp;Join an election on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="72"/>
        <source>Join an election on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="73"/>
        <source>Join with a &amp;manifest file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="74"/>
        <source>Join with a manifest file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="80"/>
        <source>Station &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Registration</name>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="45"/>
        <source>waiting for a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="48"/>
        <source>Voter {number}: registration {txid} — {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="53"/>
        <source>in block {height}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="59"/>
        <source>NOT recorded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
