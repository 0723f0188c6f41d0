<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kurier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kurier %1&lt;/h2&gt;&lt;p&gt;Outgoing mail done right: Kurier finds your provider&apos;s server, keeps your password in the system keychain, sends in the background and explains in plain words what went wrong.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts::AccountListModel</name>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id: %1
User name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts::AccountMessages</name>
    <message>
        <source>The server name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; contains a space, slash, colon or @; give only the host name, such as smtp.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id &quot;%1&quot; may use only lower-case letters, digits, dots, dashes and underscores (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot contain a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier never sends a password or token without encryption; choose SSL/TLS or STARTTLS, or no authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts::AccountStore</name>
    <message>
        <source>The settings file %1 was written by a newer version of Kurier (settings version %2); this version will not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account with the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with the id &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier could not write its settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts::EmailAddressCheck</name>
    <message>
        <source>The part before the @ is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot or contain two dots in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; is not allowed before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after the @ is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has no dot; a full domain such as example.com is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; contains spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has no @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::AccountAddCommand</name>
    <message>
        <source>The account&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets up an account for sending mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin was given, but the authentication method &quot;%1&quot; does not use a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored, so the account was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account&apos;s email address, e.g. &quot;kurier account add ola@example.com --host smtp.example.com&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one email address; got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic discovery of server settings is not available in this version of Kurier; give the server with --host (and --port, --security).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown security &quot;%1&quot;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not valid; use a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown authentication method &quot;%1&quot;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with the id &quot;%1&quot; already exists; choose another with --id or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer version of Kurier; this version will not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was typed, so the account was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input holds more than 64 KiB, which cannot be a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin was given, but standard input was empty; pipe the password in, e.g. &quot;secret-tool lookup ... | kurier account add ...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password read from standard input contains a line break or NUL byte; give one line only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as recipients see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s id (default: derived from EMAIL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server&apos;s port (default: 465 for tls, 587 for starttls, 25 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection security: tls, starttls or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication: auto, plain, login, cram-md5, scram-sha-256, xoauth2, oauthbearer or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name (default: EMAIL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input and store it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the server settings automatically.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::AccountListCommand</name>
    <message>
        <source>Print the accounts as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the accounts and their settings. Secrets are never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kurier account list&quot; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Add one with &quot;kurier account add EMAIL --host HOST --password-stdin&quot; or in Kurier&apos;s main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2  %3  %4:%5  %6  auth: %7  user: %8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::AccountRemoveCommand</name>
    <message>
        <source>The id of the account to remove (see &quot;kurier account list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes an account and its keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the id of the account to remove, e.g. &quot;kurier account remove ola-example-com&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account with the id &quot;%1&quot;; &quot;kurier account list&quot; shows the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer version of Kurier; this version will not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was not removed because its keychain entry could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::CommandLine</name>
    <message>
        <source>Usage: kurier [COMMAND] [OPTIONS]

Kurier sends email through your provider&apos;s SMTP server. Without a command it opens
its main window; with a command it works on the command line, using the same
accounts and the same keychain entries.

Commands:
  account add EMAIL      set up an account (server settings, password in the keychain)
  account list           show the accounts and their settings (never a secret)
  account remove ID      remove an account and its keychain entry

Options:
  -h, --help             show this help; COMMAND --help shows a command&apos;s help
  -v, --version          show Kurier&apos;s version

Exit status follows sysexits.h: 0 success, 64 wrong usage, 74 input/output error,
78 configuration error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. Run &quot;kurier --help&quot; to see what Kurier accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;kurier --help&quot; to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kurier account add|list|remove ...
Run &quot;kurier account add --help&quot; (or list, remove) for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown account command &quot;%1&quot;; use add, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::ParsedCommand</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kurier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No accounts yet&lt;/h2&gt;&lt;p&gt;Kurier sends your mail through your provider&apos;s outgoing (SMTP) server.&lt;/p&gt;&lt;p&gt;To add an account on the command line, run&lt;br&gt;&lt;code&gt;kurier account add you@example.com --host smtp.example.com --password-stdin&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kurier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets::KeychainSecretStore</name>
    <message>
        <source>The keychain has no password stored for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system (Kurier looked for the Secret Service, for example GNOME Keyring or KWallet), so the password cannot be stored safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
