<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CaseloadModel</name>
    <message>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the permit: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V-nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klantmanager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>Search by name, V-nummer, BSN or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by klantmanager or social support worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by country of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients match this search or filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet. Use New client to add the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be loaded. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCommands</name>
    <message>
        <source>Edit client file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the changes not yet saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the client file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client open. Choose a client in the caseload, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this client file first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is no longer in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client file could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the file could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client with this V-nummer or BSN is already in the file. This is possibly the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That step could not be undone or redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the client file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this client file before adding a household member?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V-nummer {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given names (permit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written on the residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name (permit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names (&amp;usual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As usually written, when it differs from the permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (usua&amp;l)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;V-nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number COA gives; identifies the person in the AZC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BS&amp;N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everyone has a BSN yet while in the AZC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role in household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter&amp;preter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ZC location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AZC the person lives in until housed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;treet and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once housed in the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Koppeling date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day COA linked the person to the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vestiging &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the person settled in the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klant&amp;manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maatschappeli&amp;jk begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organisations involved with this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown worker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date from the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to a household yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} changes waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasonable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too easy to guess: add another word or two that do not belong together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseSetupPage</name>
    <message>
        <source>Welcome to Ketenplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client files on this laptop are stored encrypted, so a lost laptop exposes nothing. Choose a passphrase to protect them: it cannot be recovered, so if you forget it, the data on this laptop cannot be opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: a sentence of four or five ordinary words is easier to remember and harder to guess than a short password full of symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the encrypted store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create encrypted store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an encrypted store in this folder. Restart Ketenplan to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted store could not be created: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when you restart Ketenplan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this long without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keyring, so Ketenplan opens without the passphrase when you are logged in. After a lock the passphrase is still asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring; you unlock with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase has been changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be changed: {error}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Unlock Ketenplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client files on this laptop are encrypted. Enter your passphrase to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keyring, so Ketenplan opens without the passphrase when you are logged in. After a lock the passphrase is still asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring; you unlock with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening with the key remembered on this device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keyring could not keep the key; you will unlock with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts. You can try again in 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts. You can try again in {n} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
