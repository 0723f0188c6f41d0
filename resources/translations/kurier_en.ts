<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>AccountDetailsView</name>
    <message>
        <source>Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes — used when no account is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used by this sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored — Kurier will ask when sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored — there is no keychain on this system, so Kurier will ask when sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Account — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier sends your mail through your email provider&apos;s outgoing server. Enter the address you send from and the server your provider names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes take effect the next time Kurier sends from this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t Store the Password (Ask When Sending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier never writes passwords to a file. You can save the account without its password; Kurier will then ask for it each time it sends mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the saved settings step by step and find out why sending fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In &amp;Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Sign-In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account signs in through %1&apos;s page in your browser, not with a password. If sending stops working, sign in again; the sign-in page opens at &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account signs in through %1&apos;s page in your browser, but this build of Kurier has no OAuth client for %1, so it cannot sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account signs in with a token, but Kurier knows no browser sign-in for its server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in at &lt;b&gt;%1&lt;/b&gt; in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in again with %1; the new permission is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountLabels</name>
    <message>
        <source>SSL/TLS — encrypted from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS — encrypted after connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (PLAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (LOGIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (CRAM-MD5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (SCRAM-SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 (XOAUTH2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 (OAUTHBEARER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — no sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25: the port between mail servers; many networks and providers block it for mail programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>587: servers on this port usually expect STARTTLS, not TLS from the first byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>465: TLS from the first byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: TLS from the first byte, on a port your provider chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>465: servers on this port usually expect TLS from the first byte, not STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>587: STARTTLS, encryption required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: STARTTLS, encryption required, on a port your provider chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no encryption; the password and the message cross the network readable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSettingsForm</name>
    <message>
        <source>Without encryption, anyone on the network between you and the server can read your messages, and Kurier will not sign in, because that would reveal your password. Only choose this for a server inside your own network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jane Doe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand the risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What recipients see next to your address. It may be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email provider&apos;s help pages list these settings, usually under &quot;outgoing mail server&quot; or &quot;SMTP&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the security choice until you type a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-&amp;in method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually your full email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier keeps it in your system keychain, never in a file. Leave it empty to be asked each time Kurier sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new password only to replace the stored one; leave it empty to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &quot;I understand the risks&quot; to send without encryption, or choose SSL/TLS or STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per &amp;minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large batch waits between messages, so the provider does not take it for spam (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients per messa&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message to more recipients goes out as several copies, each to at most this many (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>Add Account</source>
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
    <message>
        <source>Last test</source>
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
    <name>Accounts::AccountRemoveOperation</name>
    <message>
        <source>There is no account with the id &quot;%1&quot; any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not removed because its keychain entry could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts::AccountSaveOperation</name>
    <message>
        <source>The password could not be stored in the keychain, so the account was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password could not be stored in the keychain, so your changes were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous settings could not be restored either: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was saved, but an old password could not be deleted from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its password could not be deleted from the keychain again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts::AccountStatusStore</name>
    <message>
        <source>user name or password refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app password needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in on the provider&apos;s website needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>browser sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending from mail programs is turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outdated encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary server problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender address not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexplained error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection has not been tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection worked on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed on %1: %2.</source>
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
    <message>
        <source>Kurier could not read its settings file %1, so it did not change it.</source>
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
        <source>The email address &quot;%1&quot; has no @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; contains a space or a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; is longer than 254 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2, %3 (the copy kept with the draft)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autoconfig::Messages</name>
    <message>
        <source>KURIER_ISPDB_URL &quot;%1&quot; is not an https URL; the default ISP database is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KURIER_DNS_SERVER &quot;%1&quot; is not an IP address; the system&apos;s DNS server is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier&apos;s provider table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s configuration server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISP database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server (MX) of the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS service records (SRV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s configuration server without encryption (http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Autodiscover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying common server names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found settings at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no configuration for this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 does not exist in DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid, so its answer was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid for that name, so its answer was not used; it is valid for: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was too large to be a configuration and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to %1, which is not a secure address; the redirect was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects; the last one pointed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is not a valid configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration from %1 has no outgoing server Kurier can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 has no mail server (MX) record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 belongs to the domain itself, so it tells nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 publishes no submission service records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 says it offers no mail submission service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers only to a signed-in request; Kurier does not send your password there without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer points to another domain, %1; it was not followed without your consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: switched off in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: a more reliable source answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the time for the whole search ran out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No common server name answered as a secure mail submission server (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: settings were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lets mail programs send only after you switch on access for them (SMTP, IMAP/POP3) in the web mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept your normal password from mail programs; create an app password in your account&apos;s security settings and use it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts no passwords from mail programs; sign in through the browser (OAuth) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found through DNS, which can be forged; check the server name before you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched without encryption (http), so it could have been changed on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings come from another domain, %1; use them only if you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed by trying common server names; the server answered, but nothing says it is your provider&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not use encryption; your password would travel readable by anyone on the way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <source>Trust This Certificate for This Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier will accept this one certificate for this account, and only until the server presents a different one. Do this only if the administrator confirmed the fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You trusted this certificate for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no names listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
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
    <message>
        <source>Sign in through the provider&apos;s web page (OAuth 2.0) instead of a password; see &quot;--oauth --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --oauth: sign in with a code on another device, for a computer without a web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --oauth: the OAuth client id to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id belongs to an OAuth sign-in; add --oauth.</source>
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
        <source>The account &quot;%1&quot; was not removed because its keychain entry could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was removed, but no keychain could be reached to delete its password; if one was stored, it is still there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::AccountTestCommand</name>
    <message>
        <source>Name look-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to test (see &quot;kurier account list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests an account&apos;s connection step by step (name look-up, connection, encryption, server greeting, login) without sending any mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one account id, e.g. &quot;kurier account test ola-example-com&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;; &quot;kurier account list&quot; shows the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the account &quot;%1&quot;: %2, port %3 (%4); no mail is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account works: Kurier can log in and send mail through this server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::AutoconfigCommand</name>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 (%3), user name &quot;%4&quot;, sign-in: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings for %1 (found in %2 ms):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Check before use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Trusted: it comes from a source that needs no confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settings were found for %1 (searched for %2 ms); enter the server settings by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Kurier looked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the SMTP settings for an email address and says where they came from and how far to trust them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address to find settings for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after SECONDS and report what was found by then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one email address, e.g. &quot;kurier autoconfig ola@wp.pl&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout &quot;%1&quot; is not valid; give a number of seconds from 0.1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server settings were found for %1 (&quot;kurier autoconfig %1&quot; shows where Kurier looked); give them with --host (and --port, --security).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings were found for %1, but they need your confirmation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use them, run the command again with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to %1, port %2 (%3) as %4 to check the settings ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login worked; no mail was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings found for %1 offer no encrypted password login, so they were not tried and the account was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login with the settings found for %1 worked, so the account was not added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::CheckDomainCommand</name>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look-up failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain you send from, e.g. example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the DKIM key published under this selector (may be given several times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELECTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a sender domain&apos;s DNS records that decide whether its mail is trusted: MX, SPF, DMARC and DKIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one domain, e.g. &quot;kurier check-domain example.org&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KURIER_DNS_SERVER is &quot;%1&quot;, which is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Why it matters: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::CommandLine</name>
    <message>
        <source>Unknown option &quot;%1&quot;; run &quot;kurier --help&quot; to see what Kurier accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; run &quot;kurier --help&quot; to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kurier account add|list|remove|test ...
Run &quot;kurier account add --help&quot; (or list, remove, test) for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an account command: add, list, remove or test; run &quot;kurier account --help&quot; to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown account command &quot;%1&quot;; use add, list, remove or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an outbox command: list, flush or remove; run &quot;kurier outbox --help&quot; to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outbox command &quot;%1&quot;; use list, flush or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kurier [COMMAND] [OPTIONS]

Kurier sends email through your provider&apos;s SMTP server. Without a command it opens
its main window; with a command it works on the command line, using the same
accounts and the same keychain entries.

Commands:
  account add EMAIL      set up an account (server settings, password in the keychain;
                         --oauth signs in through the provider&apos;s web page)
  account list           show the accounts and their settings (never a secret)
  account remove ID      remove an account and its keychain entry
  account test ID        test an account step by step: resolve, connect, TLS, EHLO, login
  autoconfig EMAIL       find the SMTP settings for an address and how far to trust them
  send --to ADDR ...     compose a message and send it (--queue puts it in the outbox,
                         --dry-run --save FILE only writes it to a file)
  send [-t] [RCPT ...]   send a complete message read from standard input, like sendmail
  outbox list|flush|remove ID
                         show, send or remove the messages waiting in the outbox
  explain [REPLY]        explain an SMTP server&apos;s reply and what to do about it
  check-domain DOMAIN    check a sender domain&apos;s MX, SPF, DMARC and DKIM records

Options:
  -h, --help             show this help; COMMAND --help shows a command&apos;s help
  -v, --version          show Kurier&apos;s version

Exit status follows sysexits.h: 0 success, 64 wrong usage, 65 bad message,
67 recipient refused, 68 host unknown, 69 refused by the server, 70 internal error,
74 input/output error or delivery unknown, 75 temporary failure (try again later),
76 protocol error, 77 login refused, 78 configuration error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kurier outbox list [--json] | flush [--per-minute N] | remove ID
Run &quot;kurier outbox list --help&quot; (or flush, remove) for the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::ExplainCommand</name>
    <message>
        <source>The server&apos;s reply, e.g. &quot;535 5.7.8 Authentication failed&quot; (default: read standard input, several lines allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[REPLY...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the explanation as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explains what an SMTP server&apos;s reply means and what you can do about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the server&apos;s reply, then press Ctrl+D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply on standard input is longer than 64 KiB; give only the server&apos;s reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server&apos;s reply, e.g. &quot;kurier explain &apos;535 5.7.8 Authentication failed&apos;&quot;, or pipe it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again later may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again will not help until something is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  - %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Message for the administrator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::OAuthAccountAddCommand</name>
    <message>
        <source>Sign in through the provider&apos;s web page (OAuth 2.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth client id to sign in with (default: the configured one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
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
        <source>The SMTP server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server&apos;s port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection security: tls or starttls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SASL mechanism for the token: xoauth2 or oauthbearer.</source>
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
        <source>Find the server settings automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one email address, e.g. &quot;kurier account add ola@gmail.com --oauth&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier does not know how to sign in to %1 through a web page; it can for %2. Use a password instead (--password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OAuth client id is configured for %1. Register Kurier with %1 (%2) and give the id with --client-id, or set %3 in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown security &quot;%1&quot;; an OAuth sign-in needs tls or starttls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not valid; use a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OAuth sign-in uses the authentication method xoauth2 or oauthbearer, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the address above in your web browser and sign in with %1 (%2). Kurier waits for the browser on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not succeed, so the account was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in worked, but the keychain did not take the tokens, so the account was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in on another device (a phone, another computer) with a code, for a computer without a web browser; where the provider offers it (Microsoft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets up an account that signs in through the provider&apos;s web page (OAuth 2.0).

Exit status: 0 added; 64 wrong usage; 69 the provider cannot be reached or
offers no sign-in with a code (--device); 75 no answer in time, or the code
expired (run it again); 77 the sign-in was refused; 78 no client id or another
configuration problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer signing in with a code on another device for sending mail: %2 (source: %3). Run the command without --device on a computer with a web browser, or use an app password (--password-stdin) where %1 allows one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On any device with a web browser, open %1 and enter the code %2 to sign in with %3. The code is valid until %4; Kurier waits until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or open %1, which has the code filled in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::OutboxFlushCommand</name>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the queued messages and the ones waiting to be retried now. Messages that need your attention or whose delivery is unknown are left for you to decide (&quot;kurier outbox list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kurier outbox flush&quot; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--per-minute takes a number of messages, 0 for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 (%2): %3. %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at most N messages a minute per account for this run, instead of each account&apos;s own limit (set in the account&apos;s settings, default %1); 0 means no limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::OutboxListCommand</name>
    <message>
        <source>Print the messages as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the messages in the outbox and what became of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kurier outbox list&quot; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next attempt %1 (attempts so far: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::OutboxRemoveCommand</name>
    <message>
        <source>The message&apos;s id, as &quot;kurier outbox list&quot; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a message from the outbox; it will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the id of one message, as &quot;kurier outbox list&quot; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message with the id %1 in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is being sent right now; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::ParsedCommand</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; run &quot;%2 --help&quot; to see the options.</source>
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
        <source>No password is stored for the account &quot;%1&quot;; store it with &quot;kurier account add&quot; and --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in token is stored for the account &quot;%1&quot;; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider no longer accepts the sign-in of the account &quot;%1&quot; (%2); sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of the account &quot;%1&quot; could not be renewed (%2); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused to renew the sign-in of the account &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::SendCommand</name>
    <message>
        <source>Composes a message and sends it; with --dry-run it only composes (and saves) it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the subject with --subject (it may be empty: --subject &quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one recipient with --to, --cc or --bcc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is set up to send with; add one with &quot;kurier account add&quot;, or use --dry-run to only compose the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HTML text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to attach, %1, does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composed a message of %1 bytes for %2; not sent (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account with the id &quot;%1&quot;; &quot;kurier account list&quot; shows the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is set up, so Kurier does not know the sender; add an account with &quot;kurier account add&quot; or give the sender with -f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the message text, then press Ctrl+D on a line of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input holds more than 32 MiB, which is too much for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 32 MiB, which is too much for %2; attach it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; convert it first, e.g. with &quot;iconv -t UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be written to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send with this account (see &quot;kurier account list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender, e.g. &quot;Ola Nowak &lt;ola@example.com&gt;&quot; (default: the account&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient; repeat it or separate addresses with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient who gets a copy (Cc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hidden recipient (Bcc): in the envelope only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject (may be empty: --subject &quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the text of the message from FILE, UTF-8 (default: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also send this HTML file (UTF-8) as the rich version of the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach FILE; repeat it for several files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the exact bytes of the message to FILE (&quot;-&quot; for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose (and save) the message without connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the message in the outbox instead of sending it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sendmail-compatible form: a recipient of the message read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When composing with --to, --cc, --bcc or --subject, give every recipient with those options; bare recipients and -t belong to the sendmail-compatible form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the complete message (header fields, an empty line, the text), then press Ctrl+D on a line of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message on standard input is larger than 64 MiB; send large files as attachments with the compose form (--attach).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one recipient, as an argument or with -t from the message&apos;s To, Cc and Bcc fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending component of Kurier is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the conversation with the server (passwords removed) on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also send to the To, Cc and Bcc of the message, and remove its Bcc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the message to the end of the input, even past a line with only a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be put in the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not sent: Kurier could not sign in to the account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::SendReport</name>
    <message>
        <source>The address &quot;%1&quot; cannot be used in the envelope: it %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password or token was available for the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier refused to log in over an unencrypted connection; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message itself could not be sent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection (TLS) could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers only outdated TLS versions (older than 1.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused STARTTLS, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected data followed the server&apos;s STARTTLS answer (possible attack); the connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server broke the SMTP protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not accepting mail at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the EHLO greeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no login on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no login method the account can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not prove that it knows the password (SCRAM); the connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too large for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message needs 8BITMIME, which the server does not offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address or header needs SMTPUTF8, which the server does not offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the sender %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the recipient %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the message; it may have been sent. Check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to some recipients only; the others were rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1 in phase %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server reply: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In answer to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  issued by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  valid: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted, but the message was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted, but the message was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (may have been delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::SendmailMessage</name>
    <message>
        <source>The message on standard input is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message contains a NUL byte, which SMTP cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the message is %2 bytes long; SMTP allows at most 998. Encode the message (e.g. use the compose form of &quot;kurier send&quot; or attach the content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 field cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message now (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files to send with the message (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &lt;address@example.com&gt;, another@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc (hidden recipients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached (not a readable file): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected attachments (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the message was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Account to Send From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account in the main window first; Kurier sends every message from one of your accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Account&apos;s Address Is Not Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one recipient in To, Cc or Bcc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Not Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Too Large for the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is %1, but the server of %2 accepts at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server will most likely refuse it. Attachments grow by about a third when sent; remove some, or share large files as a link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent a message without a subject to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending cancelled; the message was not sent and is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not sent; everything you wrote is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: %1 · %2 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely over the server&apos;s limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier could not save the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote and the list of attachments will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is being sent; cancel sending first, or wait until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this message as a draft before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the message among the drafts to finish later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original No Longer Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message you edited is no longer waiting in the outbox: it was sent, removed or is being sent. Send this version as a new message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the original was sent, the recipients get both versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Queued Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Edit Queued Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier&apos;s outbox database is not open, so drafts cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved without these files, which cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts are listed under Drafts in the main window, where you can continue them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestView</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test has not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greet the server (EHLO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier can connect to %1 on port %2 and sign in (%3 ms in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultAccountProxyModel</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default account: Kurier sends from it when no other account is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostics::ConnectionTest</name>
    <message>
        <source>%1 could not be found (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the name server within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried: an earlier step failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted: the account uses no encryption, although the server offers STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted: the account uses no encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried: the test stopped before connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login: the account is set up to send without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried: no password or token was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2); certificate %3, issued by %4, valid until %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted because it matches the certificate you trusted for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login methods: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1; no mail was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier refused to send the password: the connection is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password or token is available for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS, so the connection was not continued without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be verified; it is for %1 (%2), issued by %3, valid until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostics::DomainHealthCheck</name>
    <message>
        <source>The MX look-up did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX look-up failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MX record: %1 does not say which servers receive its mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies and bounces may not reach you, and some receivers distrust senders whose domain cannot receive mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A null MX record says that %1 receives no mail at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers may refuse mail from a domain that declares it accepts none (RFC 7505).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail for %1 is received by: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers check that a sender&apos;s domain can receive replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF tells receivers which servers may send mail for %1; without a working SPF record your mail is more likely to be marked as spam or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF look-up did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF look-up failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no SPF record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes more than one SPF record, which makes the SPF check fail everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record has invalid terms (%1), so receivers treat the check as failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record ends in +all, which allows every server on the internet to send as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone can then forge your address and still pass SPF, so receivers treat the record as worthless or suspicious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record needs %1 DNS look-ups (its includes counted); the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers stop after 10 look-ups and treat the check as failed, so even your own mail can fail SPF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record refers to %1, which has no single SPF record, so the check fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF names the servers that may send for %1 and tells receivers to reject the rest (-all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF names the servers that may send for %1 and marks the rest as suspicious (~all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF for %1 follows the policy of %2 (redirect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record ends without a verdict for other servers (?all or no all), so it does not help against forged mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some included records could not be read, so the look-up count may be higher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC tells receivers what to do with mail that fakes %1; Gmail and Yahoo require it from domains that send a lot of mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC look-up did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC look-up failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is more than one DMARC record, so receivers ignore them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record has no policy (p=), so receivers ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record is invalid (%1), so receivers ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC policy is &quot;none&quot;: receivers only report mail that fails the checks and still deliver it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC policy is &quot;quarantine&quot;: receivers put mail that fails the checks into spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC policy is &quot;reject&quot;: receivers refuse mail that fails the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It applies to only %1% of such mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is published by %1 and covers its subdomains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DKIM signature lets receivers check that mail really comes from %1 and was not changed on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: DKIM keys are published under a name (selector) that only the sending service knows, and none is known for this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM record at selector %1 is invalid (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key at selector %1 has been revoked (empty p=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key at selector %1 has only %2 bits; receivers ignore keys this short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key at selector %1 has %2 bits; 2048 bits are recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DKIM key is published at selector %1 (%2, %3 bits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM look-up for selector %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM key is published at selector %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in DNS, so mail from it will be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set up well for sending mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can send mail, but some settings make it more likely to land in spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has problems that can get its mail rejected or marked as spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS look-ups for %1 failed, so nothing could be checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscoveryPage</name>
    <message>
        <source>%1, port %2, %3 — domain &lt;b&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter the settings myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding your server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Kurier looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the settings of %1 in several places at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before it answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped the search. Enter the settings yourself on the next page, or search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before your first message can go out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settings were found for %1. Your provider&apos;s help pages list them, usually under &quot;outgoing mail server&quot; or &quot;SMTP&quot;; enter them on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Found:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Found for %1:&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where from: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier trusts this source: it is your provider&apos;s own server, reached over a verified secure connection, or the ISP database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Kurier cannot vouch for these settings.&lt;/b&gt; Your password will be sent to the server at &lt;b&gt;%1&lt;/b&gt;, so use them only if that is your provider:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainHealthView</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the DNS records of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the DNS of %1 tells receiving servers about mail from it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(still checking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not checked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>Set up the address you send mail from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier sends email for you through your email provider — the company or service behind your address, such as your workplace, your internet provider or a mail service.

To start, Kurier needs your email address, your password and the name of your provider&apos;s outgoing mail server. Your provider&apos;s help pages list that server, usually as &quot;SMTP server&quot; or &quot;outgoing mail server&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer the command line? &quot;kurier account add --help&quot; shows how to add an account there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>The server said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply code: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Your email account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier finds the server settings for your address by itself and checks them before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jane Doe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier keeps your password in the system keychain, never in a file, and sends it only to the server you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide password</source>
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
    <message>
        <source>Your settings file was written by a newer version of Kurier. This version shows your accounts but will not change them; update Kurier to edit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up an address to send mail from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected account&apos;s settings or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected account and delete its password from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send from the selected account when no account is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts: %1 · Default: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot; (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier will forget its settings and delete its password from the system keychain. Mail you have already sent is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Not Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier could not remove the account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Account Not Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier could not change the default account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the default account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message and send it from one of your accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the selected account&apos;s connection step by step and find out why sending fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation with the server appears here while messages are sent. Passwords are never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the redacted conversation with the server of recent sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Sending, %1 —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the messages waiting to be sent, retried, refused and sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Cannot Be Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is no longer waiting in the outbox: it was sent, removed or is being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was sent from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; from %2 was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; from %2 was not sent: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost while &quot;%1&quot; was being sent from %2; it may or may not have arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages you started; press Enter to continue one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected draft in a message window (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the messages you started and did not send yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Not Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier could not read this draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its text and its copies of the attached files will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier was closed while you were writing a message — reopen it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier was closed while you were writing %1 messages — reopen them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you do not reopen them now, they stay under Drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the messages the servers accepted, with their replies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mime::AddressError</name>
    <message>
        <source>No email address was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address: it has no @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; contains spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a control character, which an email address cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has nothing before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, the part before the @ is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, the part before the @ cannot start or end with a dot or contain two dots in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, the character &quot;%2&quot; is not allowed before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has no domain after the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; is not a valid domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; has no dot; a full domain such as example.com is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; gives an IP address instead of a domain name; Kurier needs a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; opens a quotation mark (&quot;) that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; opens a parenthesis that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a &lt; without the matching &gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing between &lt; and &gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character &quot;%2&quot; does not belong where it is in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has text after the address; separate several addresses with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; must end with a semicolon (;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; contains another group, which is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a group of addresses; a single address is needed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds several addresses; only one is allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; is longer than 254 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has non-ASCII characters before the @; it can only be sent through a server that supports international addresses (SMTPUTF8), and this one does not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mime::ComposeError</name>
    <message>
        <source>An address of the message is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients; add at least one address to To, Cc or Bcc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a header name: use letters, digits and hyphens, without a colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is written by Kurier itself and cannot be added by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid message ID (it should look like &lt;id@example.com&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inline image &quot;%1&quot; needs a content ID of the form id@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML text shows the image cid:%1, but no inline image has that content ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid MIME type (it should look like application/pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 changed while the message was being sent; send the message again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MIME boundary could be found that does not occur in the message text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mime::MessageStream</name>
    <message>
        <source>A composed message can only be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuth::AuthorizationFlow</name>
    <message>
        <source>Kurier has received your sign-in. You can close this page and go back to Kurier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox::Dispatcher</name>
    <message>
        <source>Waiting for the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox::DraftListModel</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox::OutboxModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox::SentLogModel</name>
    <message>
        <source>Message-ID: %1
Server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox::Store</name>
    <message>
        <source>The outbox could not be opened: the folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox %1 is damaged (%2) and could not be moved aside, so Kurier did not touch it; move it away yourself to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox was damaged (%1), so Kurier kept it at %2 and started a new, empty one. Messages that were waiting in it were not sent; the kept file can be examined or restored by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected message at once, without waiting for its next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected message in a composer; sending it replaces the waiting one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected message out of the outbox; it will not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out why the selected message could not be sent and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It &amp;Arrived — Mark as Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipients have the message: record it as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send A&amp;gain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message once more; the recipients may get it twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier does not know whether this message was delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost after the whole message had gone to the server, before the server confirmed it. The server may have accepted it, so Kurier will not send it again on its own. Ask a recipient, or look in your provider&apos;s Sent folder, whether it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier will not send it again until you decide: use Troubleshoot to find the cause, Edit to change the message, or Send Now once it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Not Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is no longer waiting in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending &quot;%1&quot; now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Being Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier is sending this message right now, so it cannot be changed. If it fails, you can edit it then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the outbox?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was sent; only its entry in this list goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier will not send it, and its text and attachments are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Not Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier started sending the message in the meantime, so it was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the message from the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Not Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s state changed in the meantime; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot; as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may already have accepted the first copy. If it did, the recipients will get the message twice. Send it again only if you know it did not arrive, or if a duplicate does no harm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s state changed in the meantime; it was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the message again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Remember it in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier needs the password of %1 to send your mail through %2. It is kept only until Kurier quits, unless you choose to remember it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers &amp;found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where these values come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the settings Kurier found. Change anything that your provider tells you differently; the next page tests them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your provider&apos;s outgoing mail server settings. Its help pages list them, usually under &quot;outgoing mail server&quot; or &quot;SMTP&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another source of the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who runs the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings to review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>&amp;Ask Me for the Password Each Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the settings, and the password in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is ready. Click Finish to start using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no system keychain to keep your password in, and Kurier never writes passwords to a file. Save the account without it, and Kurier will ask you for the password each time it sends mail.</source>
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
        <source>The keychain reported an error (%1); it may be locked or have no default keyring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>&amp;Cancel Sign-In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;password instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how Kurier signs in to send your mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lets Kurier send your mail after you sign in on %1&apos;s own page in your browser. Kurier never sees your %1 password; the permission it receives is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page opens in your browser at &lt;b&gt;%1&lt;/b&gt;. Type your password there only if your browser shows that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lets mail programs sign in through its own page in your browser (OAuth), but this build of Kurier has no OAuth client registered for %1, so Kurier cannot sign in that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts no passwords from mail programs either: sending works only once an OAuth client for %1 is configured (see &quot;OAuth sign-in&quot; in Kurier&apos;s README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a password instead, as described below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You typed no password on the first page: go back to enter it, or Kurier asks for it each time it sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier uses the password you typed on the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in at &lt;b&gt;%1&lt;/b&gt; in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In Again with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. Kurier keeps the permission in the system keychain and tests it on the next pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TroubleshootingDialog</name>
    <message>
        <source>Testing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier checks step by step whether it can reach %1 and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TroubleshootingDialog::Private</name>
    <message>
        <source>Troubleshoot &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text for your administrator is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts a report for a support request on the clipboard. It contains no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create App Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Port 465 with SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use STARTTLS on Port 587</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text for Administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send in Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrink Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for this account, so signing in was not tested. Enter it above to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be read from the keychain (%1), so signing in was not tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier connected to %1 and signed in. You can send the message again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier connected to %1 and everything it checked is in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password for %1 (an app password, if your provider gave you one). Kurier stores it in the system keychain and tests it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server (%1, port %2) said: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account cannot be changed: the settings file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account now uses port %1 with SSL/TLS. Testing again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account now uses STARTTLS on port %1. Testing again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier now trusts the certificate %1 for this account. Testing again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--- The failed send ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--- The connection test ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier %1 diagnostics, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1; rule: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier did not copy the report because it could not remove the password from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnostics report is on the clipboard. It contains no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Sign-In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong and how to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier has no valid sign-in for this account, so signing in was not tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Kurier has no OAuth client for %1, so it cannot sign in through the browser. Use an app password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier knows no browser sign-in for this account&apos;s provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 in your browser; Kurier keeps the new permission in the system keychain and tests it at once. The sign-in page opens at &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in at &lt;b&gt;%1&lt;/b&gt; in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with %1; the account now signs in through %1. Testing again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in again with %1. Testing again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>&amp;Test Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;anyway, without a successful test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurier connects to the server and signs in, step by step, without sending any mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2, %3, sign-in: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server works. Kurier could not test signing in without a password; it will ask for it when you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything works. Save the account to start sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed. Fix the problem below and test again, or save the settings anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server works, but Kurier could not test signing in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
