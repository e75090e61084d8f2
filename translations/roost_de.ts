<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Format</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Abgelehnte Änderungen</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Waiting to sync</source>
        <translation>Wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <source>Your change is saved on this computer and will be sent when the server can be reached.</source>
        <translation>Ihre Änderung ist auf diesem Computer gespeichert und wird gesendet, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Someone else changed the same fields. Choose which version to keep under Sync › Conflicts.</source>
        <translation>Jemand anderes hat dieselben Felder geändert. Wählen Sie unter Synchronisierung › Konflikte, welche Version bleibt.</translation>
    </message>
    <message>
        <source>The server refused your change. See Sync › Rejected changes.</source>
        <translation>Der Server hat Ihre Änderung abgelehnt. Siehe Synchronisierung › Abgelehnte Änderungen.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>roost::app::Application</name>
    <message>
        <source>Roost</source>
        <translation>Roost</translation>
    </message>
    <message>
        <source>Roost cannot open its local data:
%1</source>
        <translation>Roost kann seine lokalen Daten nicht öffnen:
%1</translation>
    </message>
</context>
<context>
    <name>roost::app::ConflictsView</name>
    <message>
        <source>No conflicts. When someone else changes what you changed, both versions wait here.</source>
        <translation>Keine Konflikte. Wenn jemand anderes ändert, was Sie geändert haben, warten beide Versionen hier.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Send my version again, over the server&apos;s</source>
        <translation>Meine Version erneut senden und die des Servers ersetzen</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Fremde übernehmen</translation>
    </message>
    <message>
        <source>Drop my changes and keep the server&apos;s version</source>
        <translation>Meine Änderungen verwerfen und die Version des Servers behalten</translation>
    </message>
</context>
<context>
    <name>roost::app::MainWindow</name>
    <message>
        <source>Roost</source>
        <translation>Roost</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Back (Alt+Left or Esc)</source>
        <translation>Zurück (Alt+Links oder Esc)</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>&amp;Roost</source>
        <translation>&amp;Roost</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>&amp;Profil…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>%1 — Roost</source>
        <translation>%1 — Roost</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>roost::app::ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Über mich</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;About me:</source>
        <translation>Über &amp;mich:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Password (needs a connection)</source>
        <translation>Passwort (braucht eine Verbindung)</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>Mindestens 10 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>Passwort ä&amp;ndern</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>A&amp;ktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>Your profile has not been synced yet.</source>
        <translation>Ihr Profil wurde noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Passwort wird geändert…</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Passwort geändert.</translation>
    </message>
</context>
<context>
    <name>roost::app::RejectedView</name>
    <message>
        <source>No refused changes. Changes the server does not accept wait here with its reason.</source>
        <translation>Keine abgelehnten Änderungen. Änderungen, die der Server nicht annimmt, warten hier mit seiner Begründung.</translation>
    </message>
    <message>
        <source>Discard my change</source>
        <translation>Meine Änderung verwerfen</translation>
    </message>
    <message>
        <source>Drop my change and keep the server&apos;s version</source>
        <translation>Meine Änderung verwerfen und die Version des Servers behalten</translation>
    </message>
</context>
<context>
    <name>roost::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>Die Serveradresse muss mit http:// oder https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>roost::app::SignInDialog</name>
    <message>
        <source>Sign in to Roost</source>
        <translation>Bei Roost anmelden</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Sign in or create an account</source>
        <translation>Anmelden oder Konto erstellen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Password, at least 10 characters</source>
        <translation>Passwort, mindestens 10 Zeichen</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>Mindestens 10 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>Konto &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://, e.g. %1.</source>
        <translation>Die Serveradresse muss mit http:// oder https:// beginnen, z. B. %1.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Geben Sie E-Mail und Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Ihr Konto wird erstellt…</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>E-Mail oder Passwort falsch.</translation>
    </message>
    <message>
        <source>An account with this email already exists. Sign in instead.</source>
        <translation>Ein Konto mit dieser E-Mail gibt es schon. Melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server did not accept this: %1</source>
        <translation>Der Server hat das nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>roost::app::SyncIssuesModel</name>
    <message>
        <source>Listing</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Blocked dates</source>
        <translation>Gesperrte Tage</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Changed item</source>
        <translation>Geändertes Element</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Begründung des Servers</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>(not on the server)</source>
        <translation>(nicht auf dem Server)</translation>
    </message>
</context>
<context>
    <name>roost::app::SyncIssuesView</name>
    <message>
        <source>Changed items</source>
        <translation>Geänderte Elemente</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Begründung des Servers</translation>
    </message>
    <message>
        <source>Fields, mine and the server&apos;s</source>
        <translation>Felder, meine und die des Servers</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation>Server</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected.</source>
        <translation>
            <numerusform>%n Element ausgewählt.</numerusform>
            <numerusform>%n Elemente ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — the server says: %2</source>
        <translation>%1 — der Server sagt: %2</translation>
    </message>
</context>
<context>
    <name>roost::app::SyncStatusWidget</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Änderungen, die auf das Senden warten</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Send waiting changes and fetch new ones (F5)</source>
        <translation>Wartende Änderungen senden und neue abholen (F5)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Your changes are kept and will be sent after you sign in.</source>
        <translation>Ihre Änderungen bleiben erhalten und werden nach der Anmeldung gesendet.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The server has not been reached yet.</source>
        <translation>Der Server wurde noch nicht erreicht.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Letzte Synchronisierung %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
</context>
</TS>
