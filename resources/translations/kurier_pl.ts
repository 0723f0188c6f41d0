<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl_PL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kurier</source>
        <translation>O programie Kurier</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kurier %1&lt;/h2&gt;&lt;p&gt;Outgoing mail done right: Kurier finds your provider's server, keeps your password in the system keychain, sends in the background and explains in plain words what went wrong.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kurier %1&lt;/h2&gt;&lt;p&gt;Poczta wychodząca jak należy: Kurier znajduje serwer Twojego dostawcy, przechowuje hasło w systemowym pęku kluczy, wysyła w tle i prostymi słowami wyjaśnia, co poszło nie tak.&lt;/p&gt;&lt;p&gt;Udostępniany na licencji GNU General Public License w wersji 3 lub późniejszej.&lt;/p&gt;&lt;p&gt;Zbudowany z Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccountDetailsView</name>
    <message>
        <source>Email address:</source>
        <translation>Adres e-mail:</translation>
    </message>
    <message>
        <source>Outgoing server:</source>
        <translation>Serwer poczty wychodzącej:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Szyfrowanie:</translation>
    </message>
    <message>
        <source>Sign-in method:</source>
        <translation>Metoda logowania:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Default account:</source>
        <translation>Konto domyślne:</translation>
    </message>
    <message>
        <source>Account id:</source>
        <translation>Identyfikator konta:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Plik ustawień:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Yes — used when no account is chosen</source>
        <translation>Tak — używane, gdy nie wybrano konta</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Not used by this sign-in method</source>
        <translation>Ta metoda logowania nie używa hasła</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Sprawdzanie pęku kluczy…</translation>
    </message>
    <message>
        <source>In the system keychain</source>
        <translation>W systemowym pęku kluczy</translation>
    </message>
    <message>
        <source>Not stored — Kurier will ask when sending</source>
        <translation>Niezapisane — Kurier zapyta o nie przy wysyłaniu</translation>
    </message>
    <message>
        <source>Not stored — there is no keychain on this system, so Kurier will ask when sending</source>
        <translation>Niezapisane — w tym systemie nie ma pęku kluczy, więc Kurier zapyta o nie przy wysyłaniu</translation>
    </message>
    <message>
        <source>Unknown — %1</source>
        <translation>Nieznane — %1</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <source>Edit Account — %1</source>
        <translation>Edytuj konto — %1</translation>
    </message>
    <message>
        <source>Kurier sends your mail through your email provider's outgoing server. Enter the address you send from and the server your provider names.</source>
        <translation>Kurier wysyła Twoją pocztę przez serwer poczty wychodzącej Twojego dostawcy. Podaj adres, z którego wysyłasz, i serwer wskazany przez dostawcę.</translation>
    </message>
    <message>
        <source>Changes take effect the next time Kurier sends from this account.</source>
        <translation>Zmiany obowiązują od następnego wysłania wiadomości z tego konta.</translation>
    </message>
    <message>
        <source>Don't Store the Password (Ask When Sending)</source>
        <translation>Nie zapisuj hasła (pytaj przy wysyłaniu)</translation>
    </message>
    <message>
        <source>Saving to keychain…</source>
        <translation>Zapisywanie w pęku kluczy…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Kurier never writes passwords to a file. You can save the account without its password; Kurier will then ask for it each time it sends mail.</source>
        <translation>Kurier nigdy nie zapisuje haseł w pliku. Możesz zapisać konto bez hasła; Kurier będzie wtedy pytać o nie przy każdym wysyłaniu poczty.</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <translation>&amp;Rozwiąż problemy…</translation>
    </message>
    <message>
        <source>Test the saved settings step by step and find out why sending fails</source>
        <translation>Sprawdź zapisane ustawienia krok po kroku i dowiedz się, dlaczego wysyłanie nie działa</translation>
    </message>
    <message>
        <source>Sign In &amp;Again…</source>
        <translation>Zaloguj się &amp;ponownie…</translation>
    </message>
    <message>
        <source>Cancel Sign-In</source>
        <translation>Anuluj logowanie</translation>
    </message>
    <message>
        <source>This account signs in through %1's page in your browser, not with a password. If sending stops working, sign in again; the sign-in page opens at &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>To konto loguje się przez stronę %1 w przeglądarce, a nie hasłem. Jeśli wysyłanie przestanie działać, zaloguj się ponownie; strona logowania otworzy się pod adresem &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>This account signs in through %1's page in your browser, but this build of Kurier has no OAuth client for %1, so it cannot sign in again.</source>
        <translation>To konto loguje się przez stronę %1 w przeglądarce, ale ta wersja Kuriera nie ma klienta OAuth dla %1, więc nie może zalogować się ponownie.</translation>
    </message>
    <message>
        <source>This account signs in with a token, but Kurier knows no browser sign-in for its server.</source>
        <translation>To konto loguje się tokenem, ale Kurier nie zna logowania przez przeglądarkę dla jego serwera.</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in at &lt;b&gt;%1&lt;/b&gt; in your browser…</source>
        <translation>Czekam, aż dokończysz logowanie na &lt;b&gt;%1&lt;/b&gt; w przeglądarce…</translation>
    </message>
    <message>
        <source>Signed in again with %1; the new permission is in the system keychain.</source>
        <translation>Zalogowano ponownie przez %1; nowe uprawnienie jest w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Logowanie zostało anulowane.</translation>
    </message>
    <message>
        <source>The sign-in did not work: %1</source>
        <translation>Logowanie nie powiodło się: %1</translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation>Przygotowywanie logowania…</translation>
    </message>
</context>
<context>
    <name>AccountLabels</name>
    <message>
        <source>SSL/TLS — encrypted from the start</source>
        <translation>SSL/TLS — szyfrowane od początku</translation>
    </message>
    <message>
        <source>STARTTLS — encrypted after connecting</source>
        <translation>STARTTLS — szyfrowane po nawiązaniu połączenia</translation>
    </message>
    <message>
        <source>None — not encrypted</source>
        <translation>Brak — bez szyfrowania</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>Automatycznie (zalecane)</translation>
    </message>
    <message>
        <source>Password (PLAIN)</source>
        <translation>Hasło (PLAIN)</translation>
    </message>
    <message>
        <source>Password (LOGIN)</source>
        <translation>Hasło (LOGIN)</translation>
    </message>
    <message>
        <source>Password (CRAM-MD5)</source>
        <translation>Hasło (CRAM-MD5)</translation>
    </message>
    <message>
        <source>Password (SCRAM-SHA-256)</source>
        <translation>Hasło (SCRAM-SHA-256)</translation>
    </message>
    <message>
        <source>OAuth 2.0 (XOAUTH2)</source>
        <translation>OAuth 2.0 (XOAUTH2)</translation>
    </message>
    <message>
        <source>OAuth 2.0 (OAUTHBEARER)</source>
        <translation>OAuth 2.0 (OAUTHBEARER)</translation>
    </message>
    <message>
        <source>None — no sign-in</source>
        <translation>Brak — bez logowania</translation>
    </message>
    <message>
        <source>25: the port between mail servers; many networks and providers block it for mail programs</source>
        <translation>25: port używany między serwerami pocztowymi; wiele sieci i dostawców blokuje go dla programów pocztowych</translation>
    </message>
    <message>
        <source>587: servers on this port usually expect STARTTLS, not TLS from the first byte</source>
        <translation>587: serwery na tym porcie zwykle oczekują STARTTLS, a nie TLS od pierwszego bajtu</translation>
    </message>
    <message>
        <source>465: TLS from the first byte</source>
        <translation>465: TLS od pierwszego bajtu</translation>
    </message>
    <message>
        <source>%1: TLS from the first byte, on a port your provider chose</source>
        <translation>%1: TLS od pierwszego bajtu, na porcie wybranym przez dostawcę</translation>
    </message>
    <message>
        <source>465: servers on this port usually expect TLS from the first byte, not STARTTLS</source>
        <translation>465: serwery na tym porcie zwykle oczekują TLS od pierwszego bajtu, a nie STARTTLS</translation>
    </message>
    <message>
        <source>587: STARTTLS, encryption required</source>
        <translation>587: STARTTLS, szyfrowanie wymagane</translation>
    </message>
    <message>
        <source>%1: STARTTLS, encryption required, on a port your provider chose</source>
        <translation>%1: STARTTLS, szyfrowanie wymagane, na porcie wybranym przez dostawcę</translation>
    </message>
    <message>
        <source>%1: no encryption; the password and the message cross the network readable</source>
        <translation>%1: bez szyfrowania; hasło i wiadomość przechodzą przez sieć w czytelnej postaci</translation>
    </message>
</context>
<context>
    <name>AccountSettingsForm</name>
    <message>
        <source>Without encryption, anyone on the network between you and the server can read your messages, and Kurier will not sign in, because that would reveal your password. Only choose this for a server inside your own network.</source>
        <translation>Bez szyfrowania każdy w sieci między Tobą a serwerem może czytać Twoje wiadomości, a Kurier nie zaloguje się na serwerze, bo ujawniłoby to Twoje hasło. Wybieraj tę opcję tylko dla serwera we własnej sieci.</translation>
    </message>
    <message>
        <source>Jane Doe</source>
        <translation>Ola Kowalska</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>ty@example.com</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Pokaż lub ukryj hasło</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>I understand the risks</source>
        <translation>Rozumiem ryzyko</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <source>What recipients see next to your address. It may be empty.</source>
        <translation>To widzą odbiorcy obok Twojego adresu. Może pozostać puste.</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Adres &amp;e-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Serwer poczty wychodzącej (SMTP)</translation>
    </message>
    <message>
        <source>Your email provider's help pages list these settings, usually under "outgoing mail server" or "SMTP".</source>
        <translation>Strony pomocy Twojego dostawcy poczty podają te ustawienia, zwykle pod hasłem „serwer poczty wychodzącej” lub „SMTP”.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Szy&amp;frowanie:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Follows the security choice until you type a port.</source>
        <translation>Zmienia się razem z wybranym szyfrowaniem, dopóki nie wpiszesz własnego portu.</translation>
    </message>
    <message>
        <source>Sign-&amp;in method:</source>
        <translation>&amp;Metoda logowania:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>Usually your full email address.</source>
        <translation>Zwykle pełny adres e-mail.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <source>Kurier keeps it in your system keychain, never in a file. Leave it empty to be asked each time Kurier sends.</source>
        <translation>Kurier przechowuje je w systemowym pęku kluczy, nigdy w pliku. Zostaw puste, aby Kurier pytał o nie przy każdym wysyłaniu.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Bez zmian</translation>
    </message>
    <message>
        <source>Type a new password only to replace the stored one; leave it empty to keep it.</source>
        <translation>Wpisz nowe hasło tylko wtedy, gdy chcesz zastąpić zapisane; zostaw puste, aby je zachować.</translation>
    </message>
    <message>
        <source>Tick "I understand the risks" to send without encryption, or choose SSL/TLS or STARTTLS.</source>
        <translation>Zaznacz „Rozumiem ryzyko”, aby wysyłać bez szyfrowania, albo wybierz SSL/TLS lub STARTTLS.</translation>
    </message>
    <message>
        <source>Sending limits</source>
        <translation>Limity wysyłania</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Bez limitu</translation>
    </message>
    <message>
        <source>Messages per &amp;minute:</source>
        <translation>Wiadomości na minu&amp;tę:</translation>
    </message>
    <message>
        <source>A large batch waits between messages, so the provider does not take it for spam (default %1).</source>
        <translation>Przy dużej liczbie wiadomości Kurier robi przerwy między nimi, aby dostawca nie uznał ich za spam (domyślnie %1).</translation>
    </message>
    <message>
        <source>Recipients per messa&amp;ge:</source>
        <translation>Odbiorców na &amp;wiadomość:</translation>
    </message>
    <message>
        <source>A message to more recipients goes out as several copies, each to at most this many (default %1).</source>
        <translation>Wiadomość do większej liczby odbiorców zostanie wysłana w kilku kopiach, każda najwyżej do tylu odbiorców (domyślnie %1).</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>Add Account</source>
        <translation>Dodaj konto</translation>
    </message>
</context>
<context>
    <name>Accounts::AccountListModel</name>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Brak (bez szyfrowania)</translation>
    </message>
    <message>
        <source>Account id: %1
User name: %2</source>
        <translation>Identyfikator konta: %1
Nazwa użytkownika: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Serwer poczty wychodzącej</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Szyfrowanie</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Ostatni test</translation>
    </message>
</context>
<context>
    <name>Accounts::AccountMessages</name>
    <message>
        <source>The server name is empty.</source>
        <translation>Nazwa serwera jest pusta.</translation>
    </message>
    <message>
        <source>The server name "%1" contains a space, slash, colon or @; give only the host name, such as smtp.example.com.</source>
        <translation>Nazwa serwera "%1" zawiera spację, ukośnik, dwukropek lub @; podaj samą nazwę hosta, np. smtp.example.com.</translation>
    </message>
    <message>
        <source>"%1" is not a valid server name.</source>
        <translation>"%1" nie jest poprawną nazwą serwera.</translation>
    </message>
    <message>
        <source>The account id "%1" may use only lower-case letters, digits, dots, dashes and underscores (at most 64).</source>
        <translation>Identyfikator konta "%1" może zawierać tylko małe litery, cyfry, kropki, łączniki i podkreślenia (najwyżej 64 znaki).</translation>
    </message>
    <message>
        <source>The name cannot contain a line break.</source>
        <translation>Nazwa nie może zawierać podziału wiersza.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Port musi być liczbą od 1 do 65535.</translation>
    </message>
    <message>
        <source>Kurier never sends a password or token without encryption; choose SSL/TLS or STARTTLS, or no authentication.</source>
        <translation>Kurier nigdy nie wysyła hasła ani tokenu bez szyfrowania; wybierz SSL/TLS lub STARTTLS albo brak uwierzytelniania.</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>Nazwa użytkownika jest pusta.</translation>
    </message>
</context>
<context>
    <name>Accounts::AccountRemoveOperation</name>
    <message>
        <source>There is no account with the id "%1" any more.</source>
        <translation>Konto o identyfikatorze „%1” już nie istnieje.</translation>
    </message>
    <message>
        <source>The account was not removed because its keychain entry could not be deleted: %1</source>
        <translation>Konto nie zostało usunięte, ponieważ nie udało się usunąć jego wpisu z pęku kluczy: %1</translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation>Konto nie zostało usunięte: %1</translation>
    </message>
</context>
<context>
    <name>Accounts::AccountSaveOperation</name>
    <message>
        <source>The password could not be stored in the keychain, so the account was not added: %1</source>
        <translation>Nie udało się zapisać hasła w pęku kluczy, więc konto nie zostało dodane: %1</translation>
    </message>
    <message>
        <source>The new password could not be stored in the keychain, so your changes were not saved: %1</source>
        <translation>Nie udało się zapisać nowego hasła w pęku kluczy, więc zmiany nie zostały zapisane: %1</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Nie udało się zapisać konta: %1</translation>
    </message>
    <message>
        <source>The previous settings could not be restored either: %1</source>
        <translation>Nie udało się też przywrócić poprzednich ustawień: %1</translation>
    </message>
    <message>
        <source>The account was saved, but an old password could not be deleted from the keychain: %1</source>
        <translation>Konto zostało zapisane, ale nie udało się usunąć starego hasła z pęku kluczy: %1</translation>
    </message>
    <message>
        <source>Its password could not be deleted from the keychain again: %1</source>
        <translation>Nie udało się też ponownie usunąć jego hasła z pęku kluczy: %1</translation>
    </message>
</context>
<context>
    <name>Accounts::AccountStatusStore</name>
    <message>
        <source>user name or password refused</source>
        <translation>odrzucona nazwa użytkownika lub hasło</translation>
    </message>
    <message>
        <source>app password needed</source>
        <translation>potrzebne hasło aplikacji</translation>
    </message>
    <message>
        <source>sign-in on the provider's website needed</source>
        <translation>potrzebne logowanie na stronie dostawcy</translation>
    </message>
    <message>
        <source>browser sign-in needed</source>
        <translation>potrzebne logowanie w przeglądarce</translation>
    </message>
    <message>
        <source>sending from mail programs is turned off</source>
        <translation>wysyłanie z programów pocztowych jest wyłączone</translation>
    </message>
    <message>
        <source>encryption required</source>
        <translation>wymagane szyfrowanie</translation>
    </message>
    <message>
        <source>certificate problem</source>
        <translation>problem z certyfikatem</translation>
    </message>
    <message>
        <source>outdated encryption</source>
        <translation>przestarzałe szyfrowanie</translation>
    </message>
    <message>
        <source>login required</source>
        <translation>wymagane logowanie</translation>
    </message>
    <message>
        <source>server not found</source>
        <translation>nie znaleziono serwera</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>połączenie odrzucone</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>brak odpowiedzi na czas</translation>
    </message>
    <message>
        <source>settings problem</source>
        <translation>problem z ustawieniami</translation>
    </message>
    <message>
        <source>temporary server problem</source>
        <translation>chwilowy problem serwera</translation>
    </message>
    <message>
        <source>sender address not allowed</source>
        <translation>niedozwolony adres nadawcy</translation>
    </message>
    <message>
        <source>sending limit reached</source>
        <translation>osiągnięto limit wysyłania</translation>
    </message>
    <message>
        <source>unexplained error</source>
        <translation>niewyjaśniony błąd</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Nie testowano</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Błąd: %1</translation>
    </message>
    <message>
        <source>The connection has not been tested yet.</source>
        <translation>Połączenie nie było jeszcze testowane.</translation>
    </message>
    <message>
        <source>The connection worked on %1.</source>
        <translation>Połączenie działało (sprawdzono %1).</translation>
    </message>
    <message>
        <source>The connection failed on %1: %2.</source>
        <translation>Połączenie nie powiodło się (sprawdzono %1): %2.</translation>
    </message>
</context>
<context>
    <name>Accounts::AccountStore</name>
    <message>
        <source>The settings file %1 was written by a newer version of Kurier (settings version %2); this version will not change it.</source>
        <translation>Plik ustawień %1 został zapisany przez nowszą wersję Kuriera (wersja ustawień %2); ta wersja nie będzie go zmieniać.</translation>
    </message>
    <message>
        <source>There is no account with the id "%1".</source>
        <translation>Nie ma konta o identyfikatorze "%1".</translation>
    </message>
    <message>
        <source>An account with the id "%1" already exists.</source>
        <translation>Konto o identyfikatorze "%1" już istnieje.</translation>
    </message>
    <message>
        <source>Kurier could not write its settings file %1.</source>
        <translation>Kurier nie mógł zapisać swojego pliku ustawień %1.</translation>
    </message>
    <message>
        <source>Kurier could not read its settings file %1, so it did not change it.</source>
        <translation>Kurier nie mógł odczytać swojego pliku ustawień %1, więc go nie zmienił.</translation>
    </message>
</context>
<context>
    <name>Accounts::EmailAddressCheck</name>
    <message>
        <source>The part before the @ is empty.</source>
        <translation>Część przed @ jest pusta.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>Część przed @ jest dłuższa niż 64 znaki.</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot or contain two dots in a row.</source>
        <translation>Część przed @ nie może zaczynać się ani kończyć kropką ani zawierać dwóch kropek z rzędu.</translation>
    </message>
    <message>
        <source>The character "%1" is not allowed before the @.</source>
        <translation>Znak "%1" jest niedozwolony przed @.</translation>
    </message>
    <message>
        <source>The domain after the @ is empty.</source>
        <translation>Domena po @ jest pusta.</translation>
    </message>
    <message>
        <source>"%1" is not a valid domain name.</source>
        <translation>"%1" nie jest poprawną nazwą domeny.</translation>
    </message>
    <message>
        <source>The domain "%1" is too long.</source>
        <translation>Domena "%1" jest za długa.</translation>
    </message>
    <message>
        <source>The domain "%1" has no dot; a full domain such as example.com is needed.</source>
        <translation>Domena "%1" nie zawiera kropki; potrzebna jest pełna domena, np. example.com.</translation>
    </message>
    <message>
        <source>The email address is empty.</source>
        <translation>Adres e-mail jest pusty.</translation>
    </message>
    <message>
        <source>The email address "%1" has no @.</source>
        <translation>Adres e-mail "%1" nie zawiera znaku @.</translation>
    </message>
    <message>
        <source>The email address "%1" is not valid: %2</source>
        <translation>Adres e-mail "%1" jest niepoprawny: %2</translation>
    </message>
    <message>
        <source>The email address "%1" contains a space or a line break.</source>
        <translation>Adres e-mail "%1" zawiera spację lub podział wiersza.</translation>
    </message>
    <message>
        <source>The email address "%1" is longer than 254 characters.</source>
        <translation>Adres e-mail "%1" jest dłuższy niż 254 znaki.</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>%1
%2, %3 (the copy kept with the draft)</source>
        <translation>%1
%2, %3 (kopia zachowana w szkicu)</translation>
    </message>
</context>
<context>
    <name>Autoconfig::Messages</name>
    <message>
        <source>KURIER_ISPDB_URL "%1" is not an https URL; the default ISP database is used.</source>
        <translation>KURIER_ISPDB_URL "%1" nie jest adresem https; używana jest domyślna baza dostawców (ISPDB).</translation>
    </message>
    <message>
        <source>KURIER_DNS_SERVER "%1" is not an IP address; the system's DNS server is used.</source>
        <translation>KURIER_DNS_SERVER "%1" nie jest adresem IP; używany jest systemowy serwer DNS.</translation>
    </message>
    <message>
        <source>Kurier's provider table</source>
        <translation>Tabela dostawców Kuriera</translation>
    </message>
    <message>
        <source>Provider's configuration server</source>
        <translation>Serwer konfiguracji dostawcy</translation>
    </message>
    <message>
        <source>Provider's web site</source>
        <translation>Strona internetowa dostawcy</translation>
    </message>
    <message>
        <source>ISP database</source>
        <translation>Baza dostawców poczty (ISPDB)</translation>
    </message>
    <message>
        <source>Mail server (MX) of the domain</source>
        <translation>Serwer pocztowy (MX) domeny</translation>
    </message>
    <message>
        <source>DNS service records (SRV)</source>
        <translation>Rekordy usług DNS (SRV)</translation>
    </message>
    <message>
        <source>Provider's configuration server without encryption (http)</source>
        <translation>Serwer konfiguracji dostawcy bez szyfrowania (http)</translation>
    </message>
    <message>
        <source>Microsoft Autodiscover</source>
        <translation>Microsoft Autodiscover</translation>
    </message>
    <message>
        <source>Trying common server names</source>
        <translation>Sprawdzanie typowych nazw serwerów</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Szukam…</translation>
    </message>
    <message>
        <source>Found settings at %1.</source>
        <translation>Znaleziono ustawienia: %1.</translation>
    </message>
    <message>
        <source>%1 has no configuration for this domain.</source>
        <translation>%1 nie ma konfiguracji dla tej domeny.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Serwer odpowiedział kodem HTTP %1.</translation>
    </message>
    <message>
        <source>The name %1 does not exist in DNS.</source>
        <translation>Nazwa %1 nie istnieje w DNS.</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Nie udało się połączyć z %1.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid, so its answer was not used.</source>
        <translation>Certyfikat %1 jest nieważny, więc jego odpowiedź nie została użyta.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid for that name, so its answer was not used; it is valid for: %2.</source>
        <translation>Certyfikat %1 nie jest ważny dla tej nazwy, więc jego odpowiedź nie została użyta; jest ważny dla: %2.</translation>
    </message>
    <message>
        <source>The answer from %1 was too large to be a configuration and was not read.</source>
        <translation>Odpowiedź z %1 była zbyt duża, by być plikiem konfiguracji, i nie została odczytana.</translation>
    </message>
    <message>
        <source>The server redirected to %1, which is not a secure address; the redirect was not followed.</source>
        <translation>Serwer przekierował do %1, który nie jest bezpiecznym adresem; przekierowanie zostało pominięte.</translation>
    </message>
    <message>
        <source>Too many redirects; the last one pointed to %1.</source>
        <translation>Zbyt wiele przekierowań; ostatnie wskazywało na %1.</translation>
    </message>
    <message>
        <source>The answer from %1 is not a valid configuration file.</source>
        <translation>Odpowiedź z %1 nie jest poprawnym plikiem konfiguracji.</translation>
    </message>
    <message>
        <source>The configuration from %1 has no outgoing server Kurier can use.</source>
        <translation>Konfiguracja z %1 nie zawiera serwera poczty wychodzącej, którego Kurier może użyć.</translation>
    </message>
    <message>
        <source>The domain %1 has no mail server (MX) record.</source>
        <translation>Domena %1 nie ma rekordu serwera pocztowego (MX).</translation>
    </message>
    <message>
        <source>The mail server %1 belongs to the domain itself, so it tells nothing new.</source>
        <translation>Serwer pocztowy %1 należy do tej samej domeny, więc nie wnosi nic nowego.</translation>
    </message>
    <message>
        <source>The domain %1 publishes no submission service records.</source>
        <translation>Domena %1 nie publikuje rekordów usługi wysyłania poczty.</translation>
    </message>
    <message>
        <source>The domain %1 says it offers no mail submission service.</source>
        <translation>Domena %1 deklaruje, że nie oferuje usługi wysyłania poczty.</translation>
    </message>
    <message>
        <source>%1 answers only to a signed-in request; Kurier does not send your password there without asking.</source>
        <translation>%1 odpowiada tylko na zapytania z logowaniem; Kurier nie wysyła tam Twojego hasła bez pytania.</translation>
    </message>
    <message>
        <source>The answer points to another domain, %1; it was not followed without your consent.</source>
        <translation>Odpowiedź wskazuje na inną domenę, %1; bez Twojej zgody nie została wykorzystana.</translation>
    </message>
    <message>
        <source>Not used: switched off in the settings.</source>
        <translation>Nieużywane: wyłączone w ustawieniach.</translation>
    </message>
    <message>
        <source>Not needed: a more reliable source answered.</source>
        <translation>Niepotrzebne: odpowiedziało bardziej wiarygodne źródło.</translation>
    </message>
    <message>
        <source>Stopped: the time for the whole search ran out.</source>
        <translation>Przerwano: skończył się czas na całe wyszukiwanie.</translation>
    </message>
    <message>
        <source>No common server name answered as a secure mail submission server (%1).</source>
        <translation>Żadna z typowych nazw serwerów nie odpowiedziała jako bezpieczny serwer wysyłania poczty (%1).</translation>
    </message>
    <message>
        <source>Not needed: settings were found.</source>
        <translation>Niepotrzebne: ustawienia zostały znalezione.</translation>
    </message>
    <message>
        <source>Your provider</source>
        <translation>Twój dostawca</translation>
    </message>
    <message>
        <source>%1 lets mail programs send only after you switch on access for them (SMTP, IMAP/POP3) in the web mail settings.</source>
        <translation>%1 pozwala programom pocztowym wysyłać pocztę dopiero po włączeniu dla nich dostępu (SMTP, IMAP/POP3) w ustawieniach poczty w przeglądarce.</translation>
    </message>
    <message>
        <source>%1 does not accept your normal password from mail programs; create an app password in your account's security settings and use it here.</source>
        <translation>%1 nie przyjmuje zwykłego hasła od programów pocztowych; utwórz hasło aplikacji w ustawieniach bezpieczeństwa konta i użyj go tutaj.</translation>
    </message>
    <message>
        <source>%1 accepts no passwords from mail programs; sign in through the browser (OAuth) instead.</source>
        <translation>%1 nie przyjmuje haseł od programów pocztowych; zamiast tego zaloguj się przez przeglądarkę (OAuth).</translation>
    </message>
    <message>
        <source>%1 says: %2</source>
        <translation>%1 informuje: %2</translation>
    </message>
    <message>
        <source>Help from %1:</source>
        <translation>Pomoc od %1:</translation>
    </message>
    <message>
        <source>Help from %1: %2</source>
        <translation>Pomoc od %1: %2</translation>
    </message>
    <message>
        <source>Found through DNS, which can be forged; check the server name before you use it.</source>
        <translation>Znalezione przez DNS, który można sfałszować; sprawdź nazwę serwera, zanim go użyjesz.</translation>
    </message>
    <message>
        <source>Fetched without encryption (http), so it could have been changed on the way.</source>
        <translation>Pobrane bez szyfrowania (http), więc mogło zostać zmienione po drodze.</translation>
    </message>
    <message>
        <source>The settings come from another domain, %1; use them only if you trust it.</source>
        <translation>Ustawienia pochodzą z innej domeny, %1; użyj ich tylko wtedy, gdy jej ufasz.</translation>
    </message>
    <message>
        <source>Guessed by trying common server names; the server answered, but nothing says it is your provider's.</source>
        <translation>Odgadnięte przez sprawdzenie typowych nazw serwerów; serwer odpowiedział, ale nic nie potwierdza, że należy do Twojego dostawcy.</translation>
    </message>
    <message>
        <source>The server does not use encryption; your password would travel readable by anyone on the way.</source>
        <translation>Serwer nie używa szyfrowania; Twoje hasło byłoby po drodze czytelne dla każdego.</translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <source>Trust This Certificate for This Account</source>
        <translation>Ufaj temu certyfikatowi dla tego konta</translation>
    </message>
    <message>
        <source>Kurier will accept this one certificate for this account, and only until the server presents a different one. Do this only if the administrator confirmed the fingerprint.</source>
        <translation>Kurier zaakceptuje dla tego konta tylko ten jeden certyfikat i tylko do czasu, aż serwer przedstawi inny. Zrób to tylko wtedy, gdy administrator potwierdził odcisk.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Wystawiony dla:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Ważny dla:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Wystawca:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Ważność:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>You trusted this certificate for this account.</source>
        <translation>Ten certyfikat jest zaufany dla tego konta.</translation>
    </message>
    <message>
        <source>(no names listed)</source>
        <translation>(brak nazw)</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (z własnym podpisem)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation>Wystawiony dla: %1</translation>
    </message>
    <message>
        <source>Valid for: %1</source>
        <translation>Ważny dla: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Wystawca: %1</translation>
    </message>
    <message>
        <source>Valid: from %1 to %2</source>
        <translation>Ważność: od %1 do %2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
</context>
<context>
    <name>Cli::AccountAddCommand</name>
    <message>
        <source>The account's email address.</source>
        <translation>Adres e-mail konta.</translation>
    </message>
    <message>
        <source>Sets up an account for sending mail.</source>
        <translation>Konfiguruje konto do wysyłania poczty.</translation>
    </message>
    <message>
        <source>--password-stdin was given, but the authentication method "%1" does not use a password.</source>
        <translation>Podano --password-stdin, ale metoda uwierzytelniania "%1" nie używa hasła.</translation>
    </message>
    <message>
        <source>The password could not be stored, so the account was not added: %1</source>
        <translation>Nie udało się zapisać hasła, więc konto nie zostało dodane: %1</translation>
    </message>
    <message>
        <source>Give the account's email address, e.g. "kurier account add ola@example.com --host smtp.example.com".</source>
        <translation>Podaj adres e-mail konta, np. "kurier account add ola@example.com --host smtp.example.com".</translation>
    </message>
    <message>
        <source>Give exactly one email address; got %1.</source>
        <translation>Podaj dokładnie jeden adres e-mail; podano: %1.</translation>
    </message>
    <message>
        <source>Unknown security "%1"; use %2.</source>
        <translation>Nieznany rodzaj szyfrowania "%1"; użyj: %2.</translation>
    </message>
    <message>
        <source>The port "%1" is not valid; use a number from 1 to 65535.</source>
        <translation>Port "%1" jest niepoprawny; podaj liczbę od 1 do 65535.</translation>
    </message>
    <message>
        <source>Unknown authentication method "%1"; use %2.</source>
        <translation>Nieznana metoda uwierzytelniania "%1"; użyj: %2.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Hasło: </translation>
    </message>
    <message>
        <source>No password was typed, so the account was not added.</source>
        <translation>Nie wpisano hasła, więc konto nie zostało dodane.</translation>
    </message>
    <message>
        <source>Standard input holds more than 64 KiB, which cannot be a password.</source>
        <translation>Standardowe wejście zawiera ponad 64 KiB danych, a to nie może być hasło.</translation>
    </message>
    <message>
        <source>--password-stdin was given, but standard input was empty; pipe the password in, e.g. "secret-tool lookup ... | kurier account add ...".</source>
        <translation>Podano --password-stdin, ale standardowe wejście było puste; przekaż hasło potokiem, np. "secret-tool lookup ... | kurier account add ...".</translation>
    </message>
    <message>
        <source>The password read from standard input contains a line break or NUL byte; give one line only.</source>
        <translation>Hasło odczytane ze standardowego wejścia zawiera podział wiersza lub bajt NUL; podaj tylko jeden wiersz.</translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation>Konto nie zostało dodane: %1</translation>
    </message>
    <message>
        <source>Your name as recipients see it.</source>
        <translation>Twoje imię i nazwisko, jakie zobaczą odbiorcy.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAZWA</translation>
    </message>
    <message>
        <source>The account's id (default: derived from EMAIL).</source>
        <translation>Identyfikator konta (domyślnie: utworzony z adresu EMAIL).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The SMTP server's host name.</source>
        <translation>Nazwa hosta serwera SMTP.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>The SMTP server's port (default: 465 for tls, 587 for starttls, 25 for none).</source>
        <translation>Port serwera SMTP (domyślnie: 465 dla tls, 587 dla starttls, 25 dla none).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Connection security: tls, starttls or none.</source>
        <translation>Szyfrowanie połączenia: tls, starttls lub none.</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>SZYFROWANIE</translation>
    </message>
    <message>
        <source>Authentication: auto, plain, login, cram-md5, scram-sha-256, xoauth2, oauthbearer or none.</source>
        <translation>Uwierzytelnianie: auto, plain, login, cram-md5, scram-sha-256, xoauth2, oauthbearer lub none.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METODA</translation>
    </message>
    <message>
        <source>The login name (default: EMAIL).</source>
        <translation>Nazwa użytkownika do logowania (domyślnie: EMAIL).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UŻYTKOWNIK</translation>
    </message>
    <message>
        <source>Read the password from standard input and store it in the keychain.</source>
        <translation>Odczytuje hasło ze standardowego wejścia i zapisuje je w pęku kluczy.</translation>
    </message>
    <message>
        <source>Find the server settings automatically.</source>
        <translation>Wyszukuje ustawienia serwera automatycznie.</translation>
    </message>
    <message>
        <source>Sign in through the provider's web page (OAuth 2.0) instead of a password; see "--oauth --help".</source>
        <translation>Zaloguj się przez stronę internetową dostawcy (OAuth 2.0) zamiast hasłem; zobacz "--oauth --help".</translation>
    </message>
    <message>
        <source>With --oauth: sign in with a code on another device, for a computer without a web browser.</source>
        <translation>Z --oauth: zaloguj się kodem na innym urządzeniu — dla komputera bez przeglądarki internetowej.</translation>
    </message>
    <message>
        <source>With --oauth: the OAuth client id to sign in with.</source>
        <translation>Z --oauth: identyfikator klienta OAuth używany do logowania.</translation>
    </message>
    <message>
        <source>--client-id belongs to an OAuth sign-in; add --oauth.</source>
        <translation>--client-id dotyczy logowania przez OAuth; dodaj --oauth.</translation>
    </message>
</context>
<context>
    <name>Cli::AccountListCommand</name>
    <message>
        <source>Print the accounts as a JSON array.</source>
        <translation>Wypisuje konta jako tablicę JSON.</translation>
    </message>
    <message>
        <source>Lists the accounts and their settings. Secrets are never shown.</source>
        <translation>Wyświetla konta i ich ustawienia. Sekrety nigdy nie są pokazywane.</translation>
    </message>
    <message>
        <source>"kurier account list" takes no arguments.</source>
        <translation>"kurier account list" nie przyjmuje argumentów.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with "kurier account add EMAIL --host HOST --password-stdin" or in Kurier's main window.</source>
        <translation>Nie ma jeszcze żadnych kont. Dodaj konto poleceniem "kurier account add EMAIL --host HOST --password-stdin" albo w oknie głównym Kuriera.</translation>
    </message>
    <message>
        <source>%1%2  %3  %4:%5  %6  auth: %7  user: %8</source>
        <translation>%1%2  %3  %4:%5  %6  uwierzytelnianie: %7  użytkownik: %8</translation>
    </message>
</context>
<context>
    <name>Cli::AccountRemoveCommand</name>
    <message>
        <source>The id of the account to remove (see "kurier account list").</source>
        <translation>Identyfikator konta do usunięcia (zob. "kurier account list").</translation>
    </message>
    <message>
        <source>Removes an account and its keychain entries.</source>
        <translation>Usuwa konto i jego wpisy w pęku kluczy.</translation>
    </message>
    <message>
        <source>Give the id of the account to remove, e.g. "kurier account remove ola-example-com".</source>
        <translation>Podaj identyfikator konta do usunięcia, np. "kurier account remove ola-example-com".</translation>
    </message>
    <message>
        <source>There is no account with the id "%1"; "kurier account list" shows the ids.</source>
        <translation>Nie ma konta o identyfikatorze "%1"; identyfikatory pokazuje "kurier account list".</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer version of Kurier; this version will not change it.</source>
        <translation>Plik ustawień %1 został zapisany przez nowszą wersję Kuriera; ta wersja nie będzie go zmieniać.</translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation>Konto nie zostało usunięte: %1</translation>
    </message>
    <message>
        <source>The account "%1" was not removed because its keychain entry could not be deleted: %2</source>
        <translation>Konto "%1" nie zostało usunięte, ponieważ nie udało się usunąć jego wpisu z pęku kluczy: %2</translation>
    </message>
    <message>
        <source>The account "%1" was removed, but no keychain could be reached to delete its password; if one was stored, it is still there.</source>
        <translation>Konto "%1" zostało usunięte, ale nie udało się połączyć z pękiem kluczy, aby usunąć jego hasło; jeśli było zapisane, nadal tam jest.</translation>
    </message>
</context>
<context>
    <name>Cli::AccountTestCommand</name>
    <message>
        <source>Name look-up</source>
        <translation>Wyszukiwanie nazwy</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Szyfrowanie</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>Powitanie serwera</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>oczekuje</translation>
    </message>
    <message>
        <source>running</source>
        <translation>w toku</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>BŁĄD</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pominięto</translation>
    </message>
    <message>
        <source>The account to test (see "kurier account list").</source>
        <translation>Konto do sprawdzenia (zobacz „kurier account list”).</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Wypisz wynik jako jeden obiekt JSON.</translation>
    </message>
    <message>
        <source>Tests an account's connection step by step (name look-up, connection, encryption, server greeting, login) without sending any mail.</source>
        <translation>Sprawdza połączenie konta krok po kroku (wyszukiwanie nazwy, połączenie, szyfrowanie, powitanie serwera, logowanie), nie wysyłając żadnej wiadomości.</translation>
    </message>
    <message>
        <source>Give one account id, e.g. "kurier account test ola-example-com".</source>
        <translation>Podaj jeden identyfikator konta, np. „kurier account test ola-example-com”.</translation>
    </message>
    <message>
        <source>There is no account "%1"; "kurier account list" shows the accounts.</source>
        <translation>Nie ma konta „%1”; listę kont pokazuje „kurier account list”.</translation>
    </message>
    <message>
        <source>Testing the account "%1": %2, port %3 (%4); no mail is sent.</source>
        <translation>Sprawdzanie konta „%1”: %2, port %3 (%4); żadna wiadomość nie zostanie wysłana.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation>%1: %2 (%3 ms)</translation>
    </message>
    <message>
        <source>The account works: Kurier can log in and send mail through this server.</source>
        <translation>Konto działa: Kurier może się zalogować i wysyłać pocztę przez ten serwer.</translation>
    </message>
</context>
<context>
    <name>Cli::AutoconfigCommand</name>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>bez szyfrowania</translation>
    </message>
    <message>
        <source>%1:%2 (%3), user name "%4", sign-in: %5</source>
        <translation>%1:%2 (%3), nazwa użytkownika "%4", logowanie: %5</translation>
    </message>
    <message>
        <source>Settings for %1 (found in %2 ms):</source>
        <translation>Ustawienia dla %1 (znalezione w %2 ms):</translation>
    </message>
    <message>
        <source>  Source: %1</source>
        <translation>  Źródło: %1</translation>
    </message>
    <message>
        <source>  Check before use:</source>
        <translation>  Sprawdź przed użyciem:</translation>
    </message>
    <message>
        <source>  Trusted: it comes from a source that needs no confirmation.</source>
        <translation>  Zaufane: pochodzą ze źródła, które nie wymaga potwierdzenia.</translation>
    </message>
    <message>
        <source>Alternatives:</source>
        <translation>Inne możliwości:</translation>
    </message>
    <message>
        <source>No settings were found for %1 (searched for %2 ms); enter the server settings by hand.</source>
        <translation>Nie znaleziono ustawień dla %1 (szukano przez %2 ms); wpisz ustawienia serwera ręcznie.</translation>
    </message>
    <message>
        <source>Before you sign in:</source>
        <translation>Zanim się zalogujesz:</translation>
    </message>
    <message>
        <source>Where Kurier looked:</source>
        <translation>Gdzie Kurier szukał:</translation>
    </message>
    <message>
        <source>Finds the SMTP settings for an email address and says where they came from and how far to trust them.</source>
        <translation>Wyszukuje ustawienia SMTP dla adresu e-mail i podaje, skąd pochodzą i na ile można im ufać.</translation>
    </message>
    <message>
        <source>The email address to find settings for.</source>
        <translation>Adres e-mail, dla którego należy znaleźć ustawienia.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Wyświetla tę pomoc.</translation>
    </message>
    <message>
        <source>Print one JSON document instead of text.</source>
        <translation>Wypisuje jeden dokument JSON zamiast tekstu.</translation>
    </message>
    <message>
        <source>Give up after SECONDS and report what was found by then.</source>
        <translation>Kończy po SEKUNDY sekundach i podaje, co znaleziono do tej pory.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDY</translation>
    </message>
    <message>
        <source>Give exactly one email address, e.g. "kurier autoconfig ola@wp.pl".</source>
        <translation>Podaj dokładnie jeden adres e-mail, np. "kurier autoconfig ola@wp.pl".</translation>
    </message>
    <message>
        <source>The timeout "%1" is not valid; give a number of seconds from 0.1 to 600.</source>
        <translation>Limit czasu "%1" jest nieprawidłowy; podaj liczbę sekund od 0.1 do 600.</translation>
    </message>
    <message>
        <source>No server settings were found for %1 ("kurier autoconfig %1" shows where Kurier looked); give them with --host (and --port, --security).</source>
        <translation>Nie znaleziono ustawień serwera dla %1 ("kurier autoconfig %1" pokazuje, gdzie Kurier szukał); podaj je przez --host (oraz --port, --security).</translation>
    </message>
    <message>
        <source>Settings were found for %1, but they need your confirmation:</source>
        <translation>Znaleziono ustawienia dla %1, ale wymagają Twojego potwierdzenia:</translation>
    </message>
    <message>
        <source>To use them, run the command again with: %1</source>
        <translation>Aby ich użyć, uruchom polecenie ponownie z: %1</translation>
    </message>
    <message>
        <source>Logging in to %1, port %2 (%3) as %4 to check the settings ...</source>
        <translation>Logowanie do %1, port %2 (%3) jako %4 w celu sprawdzenia ustawień…</translation>
    </message>
    <message>
        <source>The login worked; no mail was sent.</source>
        <translation>Logowanie się powiodło; żadna wiadomość nie została wysłana.</translation>
    </message>
    <message>
        <source>The settings found for %1 offer no encrypted password login, so they were not tried and the account was not added.</source>
        <translation>Ustawienia znalezione dla %1 nie oferują logowania hasłem przez szyfrowane połączenie, więc nie zostały wypróbowane, a konto nie zostało dodane.</translation>
    </message>
    <message>
        <source>No login with the settings found for %1 worked, so the account was not added.</source>
        <translation>Żadne logowanie z ustawieniami znalezionymi dla %1 się nie powiodło, więc konto nie zostało dodane.</translation>
    </message>
</context>
<context>
    <name>Cli::CheckDomainCommand</name>
    <message>
        <source>ok</source>
        <translation>w porządku</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ostrzeżenie</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nie sprawdzono</translation>
    </message>
    <message>
        <source>look-up failed</source>
        <translation>zapytanie nie powiodło się</translation>
    </message>
    <message>
        <source>The domain you send from, e.g. example.org.</source>
        <translation>Domena, z której wysyłasz pocztę, np. example.org.</translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation>Wypisz raport jako jeden obiekt JSON.</translation>
    </message>
    <message>
        <source>Check the DKIM key published under this selector (may be given several times).</source>
        <translation>Sprawdź klucz DKIM opublikowany pod tym selektorem (można podać kilka razy).</translation>
    </message>
    <message>
        <source>SELECTOR</source>
        <translation>SELEKTOR</translation>
    </message>
    <message>
        <source>Checks a sender domain's DNS records that decide whether its mail is trusted: MX, SPF, DMARC and DKIM.</source>
        <translation>Sprawdza rekordy DNS domeny nadawcy, od których zależy, czy jej poczcie się ufa: MX, SPF, DMARC i DKIM.</translation>
    </message>
    <message>
        <source>Give one domain, e.g. "kurier check-domain example.org".</source>
        <translation>Podaj jedną domenę, np. "kurier check-domain example.org".</translation>
    </message>
    <message>
        <source>KURIER_DNS_SERVER is "%1", which is not an IP address.</source>
        <translation>KURIER_DNS_SERVER ma wartość "%1", która nie jest adresem IP.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  Why it matters: %1</source>
        <translation>  Dlaczego to ważne: %1</translation>
    </message>
</context>
<context>
    <name>Cli::CommandLine</name>
    <message>
        <source>Unknown option "%1"; run "kurier --help" to see what Kurier accepts.</source>
        <translation>Nieznana opcja "%1"; uruchom "kurier --help", aby zobaczyć, co Kurier przyjmuje.</translation>
    </message>
    <message>
        <source>Unknown command "%1"; run "kurier --help" to see the commands.</source>
        <translation>Nieznane polecenie "%1"; uruchom "kurier --help", aby zobaczyć listę poleceń.</translation>
    </message>
    <message>
        <source>Usage: kurier account add|list|remove|test ...
Run "kurier account add --help" (or list, remove, test) for the options.</source>
        <translation>Użycie: kurier account add|list|remove|test ...
Uruchom „kurier account add --help” (albo list, remove, test), aby zobaczyć opcje.</translation>
    </message>
    <message>
        <source>Give an account command: add, list, remove or test; run "kurier account --help" to see them.</source>
        <translation>Podaj polecenie dla kont: add, list, remove lub test; uruchom „kurier account --help”, aby je zobaczyć.</translation>
    </message>
    <message>
        <source>Unknown account command "%1"; use add, list, remove or test.</source>
        <translation>Nieznane polecenie dla kont „%1”; użyj add, list, remove lub test.</translation>
    </message>
    <message>
        <source>Give an outbox command: list, flush or remove; run "kurier outbox --help" to see them.</source>
        <translation>Podaj polecenie skrzynki nadawczej: list, flush lub remove; „kurier outbox --help” je opisuje.</translation>
    </message>
    <message>
        <source>Unknown outbox command "%1"; use list, flush or remove.</source>
        <translation>Nieznane polecenie skrzynki nadawczej „%1”; użyj list, flush lub remove.</translation>
    </message>
    <message>
        <source>Usage: kurier [COMMAND] [OPTIONS]

Kurier sends email through your provider's SMTP server. Without a command it opens
its main window; with a command it works on the command line, using the same
accounts and the same keychain entries.

Commands:
  account add EMAIL      set up an account (server settings, password in the keychain;
                         --oauth signs in through the provider's web page)
  account list           show the accounts and their settings (never a secret)
  account remove ID      remove an account and its keychain entry
  account test ID        test an account step by step: resolve, connect, TLS, EHLO, login
  autoconfig EMAIL       find the SMTP settings for an address and how far to trust them
  send --to ADDR ...     compose a message and send it (--queue puts it in the outbox,
                         --dry-run --save FILE only writes it to a file)
  send [-t] [RCPT ...]   send a complete message read from standard input, like sendmail
  outbox list|flush|remove ID
                         show, send or remove the messages waiting in the outbox
  explain [REPLY]        explain an SMTP server's reply and what to do about it
  check-domain DOMAIN    check a sender domain's MX, SPF, DMARC and DKIM records

Options:
  -h, --help             show this help; COMMAND --help shows a command's help
  -v, --version          show Kurier's version

Exit status follows sysexits.h: 0 success, 64 wrong usage, 65 bad message,
67 recipient refused, 68 host unknown, 69 refused by the server, 70 internal error,
74 input/output error or delivery unknown, 75 temporary failure (try again later),
76 protocol error, 77 login refused, 78 configuration error.</source>
        <translation>Użycie: kurier [POLECENIE] [OPCJE]

Kurier wysyła pocztę przez serwer SMTP Twojego dostawcy. Uruchomiony bez polecenia
otwiera okno główne; z poleceniem działa w wierszu poleceń, korzystając z tych samych
kont i tych samych wpisów w pęku kluczy.

Polecenia:
  account add EMAIL      konfiguruje konto (ustawienia serwera, hasło w pęku kluczy;
                         --oauth loguje przez stronę internetową dostawcy)
  account list           pokazuje konta i ich ustawienia (nigdy sekretów)
  account remove ID      usuwa konto i jego wpis w pęku kluczy
  account test ID        sprawdza konto krok po kroku: adres, połączenie, TLS, EHLO, logowanie
  autoconfig EMAIL       wyszukuje ustawienia SMTP dla adresu i ocenia, na ile można im ufać
  send --to ADRES ...    tworzy wiadomość i ją wysyła (--queue umieszcza ją w skrzynce
                         nadawczej, --dry-run --save PLIK tylko zapisuje ją do pliku)
  send [-t] [ADRES ...]  wysyła gotową wiadomość ze standardowego wejścia, jak sendmail
  outbox list|flush|remove ID
                         pokazuje, wysyła lub usuwa wiadomości czekające w skrzynce nadawczej
  explain [ODPOWIEDŹ]    wyjaśnia odpowiedź serwera SMTP i podpowiada, co z nią zrobić
  check-domain DOMENA    sprawdza rekordy MX, SPF, DMARC i DKIM domeny nadawcy

Opcje:
  -h, --help             wyświetla tę pomoc; POLECENIE --help wyświetla pomoc polecenia
  -v, --version          wyświetla wersję Kuriera

Kod wyjścia zgodnie z sysexits.h: 0 powodzenie, 64 błędne użycie, 65 błędna wiadomość,
67 odrzucony odbiorca, 68 nieznany serwer, 69 odmowa serwera, 70 błąd wewnętrzny,
74 błąd wejścia/wyjścia lub niepewne doręczenie, 75 chwilowy błąd (spróbuj później),
76 błąd protokołu, 77 odrzucone logowanie, 78 błąd konfiguracji.</translation>
    </message>
    <message>
        <source>Usage: kurier outbox list [--json] | flush [--per-minute N] | remove ID
Run "kurier outbox list --help" (or flush, remove) for the details.</source>
        <translation>Użycie: kurier outbox list [--json] | flush [--per-minute N] | remove ID
Szczegóły: "kurier outbox list --help" (albo flush, remove).</translation>
    </message>
</context>
<context>
    <name>Cli::ExplainCommand</name>
    <message>
        <source>The server's reply, e.g. "535 5.7.8 Authentication failed" (default: read standard input, several lines allowed).</source>
        <translation>Odpowiedź serwera, np. "535 5.7.8 Authentication failed" (domyślnie: odczyt ze standardowego wejścia, dozwolonych jest kilka wierszy).</translation>
    </message>
    <message>
        <source>[REPLY...]</source>
        <translation>[ODPOWIEDŹ...]</translation>
    </message>
    <message>
        <source>Print the explanation as one JSON object.</source>
        <translation>Wypisz wyjaśnienie jako jeden obiekt JSON.</translation>
    </message>
    <message>
        <source>Explains what an SMTP server's reply means and what you can do about it.</source>
        <translation>Wyjaśnia, co oznacza odpowiedź serwera SMTP i co można z nią zrobić.</translation>
    </message>
    <message>
        <source>Paste the server's reply, then press Ctrl+D.</source>
        <translation>Wklej odpowiedź serwera, a potem naciśnij Ctrl+D.</translation>
    </message>
    <message>
        <source>The reply on standard input is longer than 64 KiB; give only the server's reply.</source>
        <translation>Odpowiedź na standardowym wejściu jest dłuższa niż 64 KiB; podaj tylko odpowiedź serwera.</translation>
    </message>
    <message>
        <source>Give the server's reply, e.g. "kurier explain '535 5.7.8 Authentication failed'", or pipe it in.</source>
        <translation>Podaj odpowiedź serwera, np. "kurier explain '535 5.7.8 Authentication failed'", albo przekaż ją potokiem.</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>Trying again later may help.</source>
        <translation>Ponowna próba później może pomóc.</translation>
    </message>
    <message>
        <source>Trying again will not help until something is changed.</source>
        <translation>Ponowna próba nie pomoże, dopóki czegoś nie zmienisz.</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Co możesz zrobić:</translation>
    </message>
    <message>
        <source>  - %1 (%2)</source>
        <translation>  - %1 (%2)</translation>
    </message>
    <message>
        <source>  - %1</source>
        <translation>  - %1</translation>
    </message>
    <message>
        <source>    Message for the administrator: %1</source>
        <translation>    Wiadomość dla administratora: %1</translation>
    </message>
    <message>
        <source>The server said:</source>
        <translation>Serwer odpowiedział:</translation>
    </message>
</context>
<context>
    <name>Cli::OAuthAccountAddCommand</name>
    <message>
        <source>Sign in through the provider's web page (OAuth 2.0).</source>
        <translation>Zaloguj się przez stronę internetową dostawcy (OAuth 2.0).</translation>
    </message>
    <message>
        <source>The OAuth client id to sign in with (default: the configured one).</source>
        <translation>Identyfikator klienta OAuth używany do logowania (domyślnie skonfigurowany).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Your name as recipients see it.</source>
        <translation>Twoje imię i nazwisko widoczne dla odbiorców.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAZWA</translation>
    </message>
    <message>
        <source>The account's id (default: derived from EMAIL).</source>
        <translation>Identyfikator konta (domyślnie utworzony z adresu EMAIL).</translation>
    </message>
    <message>
        <source>The SMTP server's host name.</source>
        <translation>Nazwa hosta serwera SMTP.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>The SMTP server's port.</source>
        <translation>Port serwera SMTP.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Connection security: tls or starttls.</source>
        <translation>Zabezpieczenie połączenia: tls lub starttls.</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>ZABEZPIECZENIE</translation>
    </message>
    <message>
        <source>The SASL mechanism for the token: xoauth2 or oauthbearer.</source>
        <translation>Mechanizm SASL dla tokenu: xoauth2 lub oauthbearer.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METODA</translation>
    </message>
    <message>
        <source>The login name (default: EMAIL).</source>
        <translation>Nazwa użytkownika (domyślnie EMAIL).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UŻYTKOWNIK</translation>
    </message>
    <message>
        <source>Find the server settings automatically.</source>
        <translation>Znajdź ustawienia serwera automatycznie.</translation>
    </message>
    <message>
        <source>The account's email address.</source>
        <translation>Adres e-mail konta.</translation>
    </message>
    <message>
        <source>Give exactly one email address, e.g. "kurier account add ola@gmail.com --oauth".</source>
        <translation>Podaj dokładnie jeden adres e-mail, np. „kurier account add ola@gmail.com --oauth”.</translation>
    </message>
    <message>
        <source>Kurier does not know how to sign in to %1 through a web page; it can for %2. Use a password instead (--password-stdin).</source>
        <translation>Kurier nie potrafi zalogować się do %1 przez stronę internetową; potrafi to dla: %2. Użyj zamiast tego hasła (--password-stdin).</translation>
    </message>
    <message>
        <source>No OAuth client id is configured for %1. Register Kurier with %1 (%2) and give the id with --client-id, or set %3 in %4.</source>
        <translation>Dla %1 nie skonfigurowano identyfikatora klienta OAuth. Zarejestruj Kuriera u dostawcy %1 (%2) i podaj identyfikator w opcji --client-id albo ustaw %3 w pliku %4.</translation>
    </message>
    <message>
        <source>Unknown security "%1"; an OAuth sign-in needs tls or starttls.</source>
        <translation>Nieznane zabezpieczenie „%1”; logowanie OAuth wymaga tls lub starttls.</translation>
    </message>
    <message>
        <source>The port "%1" is not valid; use a number from 1 to 65535.</source>
        <translation>Port „%1” jest nieprawidłowy; użyj liczby od 1 do 65535.</translation>
    </message>
    <message>
        <source>An OAuth sign-in uses the authentication method xoauth2 or oauthbearer, not "%1".</source>
        <translation>Logowanie OAuth używa metody uwierzytelniania xoauth2 lub oauthbearer, a nie „%1”.</translation>
    </message>
    <message>
        <source>Open the address above in your web browser and sign in with %1 (%2). Kurier waits for the browser on %3.</source>
        <translation>Otwórz powyższy adres w przeglądarce i zaloguj się przez %1 (%2). Kurier czeka na przeglądarkę pod adresem %3.</translation>
    </message>
    <message>
        <source>The sign-in did not succeed, so the account was not added.</source>
        <translation>Logowanie się nie powiodło, więc konto nie zostało dodane.</translation>
    </message>
    <message>
        <source>The sign-in worked, but the keychain did not take the tokens, so the account was not added: %1</source>
        <translation>Logowanie się powiodło, ale pęk kluczy nie przyjął tokenów, więc konto nie zostało dodane: %1</translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation>Konto nie zostało dodane: %1</translation>
    </message>
    <message>
        <source>Sign in on another device (a phone, another computer) with a code, for a computer without a web browser; where the provider offers it (Microsoft).</source>
        <translation>Zaloguj się kodem na innym urządzeniu (telefonie, innym komputerze) — dla komputera bez przeglądarki internetowej; tam, gdzie dostawca to umożliwia (Microsoft).</translation>
    </message>
    <message>
        <source>Sets up an account that signs in through the provider's web page (OAuth 2.0).

Exit status: 0 added; 64 wrong usage; 69 the provider cannot be reached or
offers no sign-in with a code (--device); 75 no answer in time, or the code
expired (run it again); 77 the sign-in was refused; 78 no client id or another
configuration problem.</source>
        <translation>Konfiguruje konto, które loguje się przez stronę internetową dostawcy (OAuth 2.0).

Kod wyjścia: 0 konto dodane; 64 błędne użycie; 69 dostawca jest nieosiągalny
albo nie oferuje logowania kodem (--device); 75 brak odpowiedzi na czas lub kod
wygasł (uruchom polecenie ponownie); 77 logowanie zostało odrzucone; 78 brak
identyfikatora klienta lub inny problem z konfiguracją.</translation>
    </message>
    <message>
        <source>%1 does not offer signing in with a code on another device for sending mail: %2 (source: %3). Run the command without --device on a computer with a web browser, or use an app password (--password-stdin) where %1 allows one.</source>
        <translation>%1 nie oferuje logowania kodem na innym urządzeniu do wysyłania poczty: %2 (źródło: %3). Uruchom polecenie bez --device na komputerze z przeglądarką internetową albo użyj hasła do aplikacji (--password-stdin), jeśli %1 na nie pozwala.</translation>
    </message>
    <message>
        <source>On any device with a web browser, open %1 and enter the code %2 to sign in with %3. The code is valid until %4; Kurier waits until then.</source>
        <translation>Na dowolnym urządzeniu z przeglądarką internetową otwórz %1 i wpisz kod %2, aby zalogować się w %3. Kod jest ważny do %4; do tego czasu Kurier czeka.</translation>
    </message>
    <message>
        <source>Or open %1, which has the code filled in.</source>
        <translation>Możesz też otworzyć %1 — tam kod jest już wpisany.</translation>
    </message>
</context>
<context>
    <name>Cli::OutboxFlushCommand</name>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Sends the queued messages and the ones waiting to be retried now. Messages that need your attention or whose delivery is unknown are left for you to decide ("kurier outbox list").</source>
        <translation>Wysyła teraz wiadomości czekające w kolejce i te, które czekają na ponowną próbę. Wiadomości wymagające Twojej uwagi lub o nieznanym stanie doręczenia zostawia do Twojej decyzji („kurier outbox list”).</translation>
    </message>
    <message>
        <source>"kurier outbox flush" takes no arguments.</source>
        <translation>„kurier outbox flush” nie przyjmuje argumentów.</translation>
    </message>
    <message>
        <source>--per-minute takes a number of messages, 0 for no limit.</source>
        <translation>--per-minute przyjmuje liczbę wiadomości, 0 oznacza brak limitu.</translation>
    </message>
    <message>
        <source>Message %1 (%2): %3. %4 %5</source>
        <translation>Wiadomość %1 (%2): %3. %4 %5</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Nie ma nic do wysłania.</translation>
    </message>
    <message>
        <source>Messages sent: %1.</source>
        <translation>Wysłane wiadomości: %1.</translation>
    </message>
    <message>
        <source>Start at most N messages a minute per account for this run, instead of each account's own limit (set in the account's settings, default %1); 0 means no limit.</source>
        <translation>W tym uruchomieniu wysyłaj najwyżej N wiadomości na minutę z każdego konta zamiast limitu ustawionego dla konta (w ustawieniach konta, domyślnie %1); 0 oznacza brak limitu.</translation>
    </message>
</context>
<context>
    <name>Cli::OutboxListCommand</name>
    <message>
        <source>Print the messages as a JSON array.</source>
        <translation>Wypisz wiadomości jako tablicę JSON.</translation>
    </message>
    <message>
        <source>Lists the messages in the outbox and what became of them.</source>
        <translation>Wyświetla wiadomości ze skrzynki nadawczej i to, co się z nimi stało.</translation>
    </message>
    <message>
        <source>"kurier outbox list" takes no arguments.</source>
        <translation>„kurier outbox list” nie przyjmuje argumentów.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Skrzynka nadawcza jest pusta.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <source>next attempt %1 (attempts so far: %2)</source>
        <translation>następna próba %1 (dotychczasowe próby: %2)</translation>
    </message>
    <message>
        <source>sent %1: %2</source>
        <translation>wysłano %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli::OutboxRemoveCommand</name>
    <message>
        <source>The message's id, as "kurier outbox list" shows it.</source>
        <translation>Identyfikator wiadomości, taki jak pokazuje „kurier outbox list”.</translation>
    </message>
    <message>
        <source>Removes a message from the outbox; it will not be sent.</source>
        <translation>Usuwa wiadomość ze skrzynki nadawczej; nie zostanie wysłana.</translation>
    </message>
    <message>
        <source>Give the id of one message, as "kurier outbox list" shows it.</source>
        <translation>Podaj identyfikator jednej wiadomości, taki jak pokazuje „kurier outbox list”.</translation>
    </message>
    <message>
        <source>There is no message with the id %1 in the outbox.</source>
        <translation>W skrzynce nadawczej nie ma wiadomości o identyfikatorze %1.</translation>
    </message>
    <message>
        <source>Message %1 is being sent right now; try again when it is done.</source>
        <translation>Wiadomość %1 jest właśnie wysyłana; spróbuj ponownie, gdy wysyłanie się zakończy.</translation>
    </message>
    <message>
        <source>Message %1 could not be removed: %2</source>
        <translation>Nie udało się usunąć wiadomości %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli::ParsedCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Wyświetla tę pomoc.</translation>
    </message>
    <message>
        <source>%1; run "%2 --help" to see the options.</source>
        <translation>%1; uruchom "%2 --help", aby zobaczyć opcje.</translation>
    </message>
    <message>
        <source>An account with the id "%1" already exists; choose another with --id or remove it first.</source>
        <translation>Konto o identyfikatorze "%1" już istnieje; wybierz inny za pomocą --id albo najpierw je usuń.</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer version of Kurier; this version will not change it.</source>
        <translation>Plik ustawień %1 został zapisany przez nowszą wersję Kuriera; ta wersja nie będzie go zmieniać.</translation>
    </message>
    <message>
        <source>No password is stored for the account "%1"; store it with "kurier account add" and --password-stdin.</source>
        <translation>Dla konta „%1” nie zapisano hasła; zapisz je poleceniem „kurier account add” z opcją --password-stdin.</translation>
    </message>
    <message>
        <source>No sign-in token is stored for the account "%1"; sign in again.</source>
        <translation>Dla konta „%1” nie zapisano tokenu logowania; zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>The provider no longer accepts the sign-in of the account "%1" (%2); sign in again.</source>
        <translation>Dostawca nie akceptuje już logowania konta „%1” (%2); zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>The sign-in of the account "%1" could not be renewed (%2); try again later.</source>
        <translation>Nie udało się odnowić logowania konta „%1” (%2); spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>The provider refused to renew the sign-in of the account "%1" (%2).</source>
        <translation>Dostawca odmówił odnowienia logowania konta „%1” (%2).</translation>
    </message>
</context>
<context>
    <name>Cli::SendCommand</name>
    <message>
        <source>Composes a message and sends it; with --dry-run it only composes (and saves) it.</source>
        <translation>Tworzy wiadomość i ją wysyła; z --dry-run tylko ją tworzy (i zapisuje).</translation>
    </message>
    <message>
        <source>Give the subject with --subject (it may be empty: --subject "").</source>
        <translation>Podaj temat opcją --subject (może być pusty: --subject "").</translation>
    </message>
    <message>
        <source>Give at least one recipient with --to, --cc or --bcc.</source>
        <translation>Podaj co najmniej jednego odbiorcę opcją --to, --cc lub --bcc.</translation>
    </message>
    <message>
        <source>No account is set up to send with; add one with "kurier account add", or use --dry-run to only compose the message.</source>
        <translation>Nie skonfigurowano konta do wysyłania; dodaj je poleceniem "kurier account add" albo użyj --dry-run, aby tylko utworzyć wiadomość.</translation>
    </message>
    <message>
        <source>the message text</source>
        <translation>treści wiadomości</translation>
    </message>
    <message>
        <source>the HTML text</source>
        <translation>tekstu HTML</translation>
    </message>
    <message>
        <source>The file to attach, %1, does not exist or is not a file.</source>
        <translation>Plik do dołączenia, %1, nie istnieje albo nie jest plikiem.</translation>
    </message>
    <message>
        <source>Composed a message of %1 bytes for %2; not sent (--dry-run).</source>
        <translation>Utworzono wiadomość o rozmiarze %1 bajtów dla: %2; nie wysłano (--dry-run).</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Zapisano w %1.</translation>
    </message>
    <message>
        <source>There is no account with the id "%1"; "kurier account list" shows the ids.</source>
        <translation>Nie ma konta o identyfikatorze "%1"; identyfikatory pokazuje "kurier account list".</translation>
    </message>
    <message>
        <source>No account is set up, so Kurier does not know the sender; add an account with "kurier account add" or give the sender with -f.</source>
        <translation>Nie skonfigurowano żadnego konta, więc Kurier nie zna nadawcy; dodaj konto poleceniem "kurier account add" albo podaj nadawcę opcją -f.</translation>
    </message>
    <message>
        <source>Type the message text, then press Ctrl+D on a line of its own.</source>
        <translation>Wpisz treść wiadomości, a potem naciśnij Ctrl+D w osobnym wierszu.</translation>
    </message>
    <message>
        <source>Standard input holds more than 32 MiB, which is too much for %1.</source>
        <translation>Standardowe wejście zawiera ponad 32 MiB, a to za dużo dla %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Nie można odczytać %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MiB, which is too much for %2; attach it instead.</source>
        <translation>%1 ma ponad 32 MiB, a to za dużo dla %2; dołącz ten plik jako załącznik.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; convert it first, e.g. with "iconv -t UTF-8".</source>
        <translation>%1 nie jest tekstem w UTF-8; najpierw go przekonwertuj, np. poleceniem "iconv -t UTF-8".</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Standardowe wejście</translation>
    </message>
    <message>
        <source>The message could not be written to standard output: %1</source>
        <translation>Nie udało się zapisać wiadomości na standardowe wyjście: %1</translation>
    </message>
    <message>
        <source>The message could not be saved to %1: %2</source>
        <translation>Nie udało się zapisać wiadomości w %1: %2</translation>
    </message>
    <message>
        <source>Send with this account (see "kurier account list").</source>
        <translation>Wyślij z tego konta (zobacz "kurier account list").</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The sender, e.g. "Ola Nowak &lt;ola@example.com&gt;" (default: the account's).</source>
        <translation>Nadawca, np. "Ola Nowak &lt;ola@example.com&gt;" (domyślnie: nadawca konta).</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>NADAWCA</translation>
    </message>
    <message>
        <source>A recipient; repeat it or separate addresses with commas.</source>
        <translation>Odbiorca; powtórz opcję albo oddziel adresy przecinkami.</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <source>A recipient who gets a copy (Cc).</source>
        <translation>Odbiorca kopii (DW).</translation>
    </message>
    <message>
        <source>A hidden recipient (Bcc): in the envelope only.</source>
        <translation>Ukryty odbiorca (UDW): tylko w kopercie SMTP.</translation>
    </message>
    <message>
        <source>The subject (may be empty: --subject "").</source>
        <translation>Temat (może być pusty: --subject "").</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>Read the text of the message from FILE, UTF-8 (default: standard input).</source>
        <translation>Odczytaj treść wiadomości z PLIKU w UTF-8 (domyślnie: ze standardowego wejścia).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <source>Also send this HTML file (UTF-8) as the rich version of the text.</source>
        <translation>Wyślij też ten plik HTML (UTF-8) jako sformatowaną wersję treści.</translation>
    </message>
    <message>
        <source>Attach FILE; repeat it for several files.</source>
        <translation>Dołącz PLIK; powtórz opcję dla kilku plików.</translation>
    </message>
    <message>
        <source>Also write the exact bytes of the message to FILE ("-" for standard output).</source>
        <translation>Zapisz też dokładne bajty wiadomości do PLIKU ("-" oznacza standardowe wyjście).</translation>
    </message>
    <message>
        <source>Compose (and save) the message without connecting.</source>
        <translation>Utwórz (i zapisz) wiadomość bez łączenia się z serwerem.</translation>
    </message>
    <message>
        <source>Put the message in the outbox instead of sending it now.</source>
        <translation>Umieść wiadomość w skrzynce nadawczej zamiast wysyłać ją teraz.</translation>
    </message>
    <message>
        <source>Sendmail-compatible form: a recipient of the message read from standard input.</source>
        <translation>Forma zgodna z sendmail: odbiorca wiadomości odczytanej ze standardowego wejścia.</translation>
    </message>
    <message>
        <source>When composing with --to, --cc, --bcc or --subject, give every recipient with those options; bare recipients and -t belong to the sendmail-compatible form.</source>
        <translation>Przy tworzeniu wiadomości z --to, --cc, --bcc lub --subject podaj wszystkich odbiorców tymi opcjami; same adresy i -t należą do formy zgodnej z sendmail.</translation>
    </message>
    <message>
        <source>Type the complete message (header fields, an empty line, the text), then press Ctrl+D on a line of its own.</source>
        <translation>Wpisz całą wiadomość (pola nagłówka, pusty wiersz, treść), a potem naciśnij Ctrl+D w osobnym wierszu.</translation>
    </message>
    <message>
        <source>The message on standard input is larger than 64 MiB; send large files as attachments with the compose form (--attach).</source>
        <translation>Wiadomość na standardowym wejściu jest większa niż 64 MiB; duże pliki wysyłaj jako załączniki w formie tworzenia wiadomości (--attach).</translation>
    </message>
    <message>
        <source>Give at least one recipient, as an argument or with -t from the message's To, Cc and Bcc fields.</source>
        <translation>Podaj co najmniej jednego odbiorcę: jako argument albo przez -t z pól To, Cc i Bcc wiadomości.</translation>
    </message>
    <message>
        <source>The sending component of Kurier is not running.</source>
        <translation>Moduł wysyłania Kuriera nie działa.</translation>
    </message>
    <message>
        <source>Print the conversation with the server (passwords removed) on standard error.</source>
        <translation>Wypisz rozmowę z serwerem (bez haseł) na standardowe wyjście błędów.</translation>
    </message>
    <message>
        <source>Also send to the To, Cc and Bcc of the message, and remove its Bcc.</source>
        <translation>Wyślij także do adresów z pól To, Cc i Bcc wiadomości i usuń z niej pole Bcc.</translation>
    </message>
    <message>
        <source>Read the message to the end of the input, even past a line with only a dot.</source>
        <translation>Czytaj wiadomość do końca wejścia, także za wierszem zawierającym tylko kropkę.</translation>
    </message>
    <message>
        <source>The message could not be put in the outbox: %1</source>
        <translation>Nie udało się umieścić wiadomości w skrzynce nadawczej: %1</translation>
    </message>
    <message>
        <source>The message was not sent: Kurier could not sign in to the account "%1".</source>
        <translation>Wiadomość nie została wysłana: Kurier nie mógł zalogować się na konto „%1”.</translation>
    </message>
</context>
<context>
    <name>Cli::SendReport</name>
    <message>
        <source>The address "%1" cannot be used in the envelope: it %2.</source>
        <translation>Adresu „%1” nie można użyć w kopercie SMTP (szczegóły: %2).</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>Wiadomość nie ma odbiorców.</translation>
    </message>
    <message>
        <source>No password or token was available for the login.</source>
        <translation>Do zalogowania nie było dostępne hasło ani token.</translation>
    </message>
    <message>
        <source>Kurier refused to log in over an unencrypted connection; nothing was sent.</source>
        <translation>Kurier odmówił logowania przez nieszyfrowane połączenie; nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>The message itself could not be sent: %1.</source>
        <translation>Nie udało się wysłać samej wiadomości: %1.</translation>
    </message>
    <message>
        <source>The server name could not be resolved.</source>
        <translation>Nie udało się odnaleźć nazwy serwera.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Serwer odrzucił połączenie.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>Połączenie zostało przerwane.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Serwer nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) could not be established.</source>
        <translation>Nie udało się nawiązać bezpiecznego połączenia (TLS).</translation>
    </message>
    <message>
        <source>The server offers only outdated TLS versions (older than 1.2).</source>
        <translation>Serwer oferuje tylko przestarzałe wersje TLS (starsze niż 1.2).</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted, so nothing was sent.</source>
        <translation>Certyfikat serwera nie jest zaufany, więc nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so nothing was sent.</source>
        <translation>Serwer nie oferuje STARTTLS, więc nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS, so nothing was sent.</source>
        <translation>Serwer odrzucił STARTTLS, więc nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>Unexpected data followed the server's STARTTLS answer (possible attack); the connection was closed.</source>
        <translation>Po odpowiedzi serwera na STARTTLS nadeszły nieoczekiwane dane (możliwy atak); połączenie zostało zamknięte.</translation>
    </message>
    <message>
        <source>The server broke the SMTP protocol.</source>
        <translation>Serwer naruszył protokół SMTP.</translation>
    </message>
    <message>
        <source>The server is not accepting mail at the moment.</source>
        <translation>Serwer w tej chwili nie przyjmuje poczty.</translation>
    </message>
    <message>
        <source>The server rejected the EHLO greeting.</source>
        <translation>Serwer odrzucił powitanie EHLO.</translation>
    </message>
    <message>
        <source>The server offers no login on this port.</source>
        <translation>Serwer nie oferuje logowania na tym porcie.</translation>
    </message>
    <message>
        <source>The server offers no login method the account can use.</source>
        <translation>Serwer nie oferuje żadnej metody logowania, której konto może użyć.</translation>
    </message>
    <message>
        <source>The server rejected the login.</source>
        <translation>Serwer odrzucił logowanie.</translation>
    </message>
    <message>
        <source>The server could not prove that it knows the password (SCRAM); the connection was closed.</source>
        <translation>Serwer nie potrafił udowodnić, że zna hasło (SCRAM); połączenie zostało zamknięte.</translation>
    </message>
    <message>
        <source>The message is too large for the server.</source>
        <translation>Wiadomość jest za duża dla serwera.</translation>
    </message>
    <message>
        <source>The message needs 8BITMIME, which the server does not offer.</source>
        <translation>Wiadomość wymaga 8BITMIME, którego serwer nie oferuje.</translation>
    </message>
    <message>
        <source>An address or header needs SMTPUTF8, which the server does not offer.</source>
        <translation>Adres lub nagłówek wymaga SMTPUTF8, którego serwer nie oferuje.</translation>
    </message>
    <message>
        <source>The server rejected the sender %1.</source>
        <translation>Serwer odrzucił nadawcę %1.</translation>
    </message>
    <message>
        <source>The server rejected the recipient %1.</source>
        <translation>Serwer odrzucił odbiorcę %1.</translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation>Serwer odrzucił wiadomość.</translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation>Wysyłanie zostało anulowane.</translation>
    </message>
    <message>
        <source>The server did not confirm the message; it may have been sent. Check before sending it again.</source>
        <translation>Serwer nie potwierdził przyjęcia wiadomości; mogła zostać wysłana. Sprawdź to, zanim wyślesz ją ponownie.</translation>
    </message>
    <message>
        <source>Sent. The server said: %1</source>
        <translation>Wysłano. Serwer odpowiedział: %1</translation>
    </message>
    <message>
        <source>Sent to some recipients only; the others were rejected.</source>
        <translation>Wysłano tylko do części odbiorców; pozostałych odrzucono.</translation>
    </message>
    <message>
        <source>Not sent. %1</source>
        <translation>Nie wysłano. %1</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nie wysłano.</translation>
    </message>
    <message>
        <source>Error: %1 in phase %2 (%3)</source>
        <translation>Błąd: %1 w fazie %2 (%3)</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>przejściowy</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>trwały</translation>
    </message>
    <message>
        <source>Server reply: %1 %2</source>
        <translation>Odpowiedź serwera: %1 %2</translation>
    </message>
    <message>
        <source>In answer to: %1</source>
        <translation>W odpowiedzi na: %1</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Serwer napisał: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Szczegół: %1</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>Błąd TLS: %1</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certyfikat: %1</translation>
    </message>
    <message>
        <source>  issued by: %1</source>
        <translation>  wystawca: %1</translation>
    </message>
    <message>
        <source>  names: %1</source>
        <translation>  nazwy: %1</translation>
    </message>
    <message>
        <source>  valid: %1 to %2</source>
        <translation>  ważny: od %1 do %2</translation>
    </message>
    <message>
        <source>  SHA-256: %1</source>
        <translation>  SHA-256: %1</translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>nie próbowano</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>odrzucony</translation>
    </message>
    <message>
        <source>accepted, but the message was not sent</source>
        <translation>przyjęty, ale wiadomość nie została wysłana</translation>
    </message>
    <message>
        <source>accepted, but the message was refused</source>
        <translation>przyjęty, ale wiadomość została odrzucona</translation>
    </message>
    <message>
        <source>unknown (may have been delivered)</source>
        <translation>nieznany (wiadomość mogła zostać doręczona)</translation>
    </message>
    <message>
        <source>Recipient %1: %2</source>
        <translation>Odbiorca %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli::SendmailMessage</name>
    <message>
        <source>The message on standard input is empty.</source>
        <translation>Wiadomość na standardowym wejściu jest pusta.</translation>
    </message>
    <message>
        <source>The message contains a NUL byte, which SMTP cannot carry.</source>
        <translation>Wiadomość zawiera bajt NUL, którego SMTP nie może przenieść.</translation>
    </message>
    <message>
        <source>Line %1 of the message is %2 bytes long; SMTP allows at most 998. Encode the message (e.g. use the compose form of "kurier send" or attach the content).</source>
        <translation>Wiersz %1 wiadomości ma %2 bajtów; SMTP dopuszcza najwyżej 998. Zakoduj wiadomość (np. użyj formy tworzenia wiadomości „kurier send” albo dołącz treść jako załącznik).</translation>
    </message>
    <message>
        <source>The %1 field cannot be read: %2</source>
        <translation>Nie można odczytać pola %1: %2</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>Sending progress</source>
        <translation>Postęp wysyłania</translation>
    </message>
    <message>
        <source>Cancel Sending</source>
        <translation>Przerwij wysyłanie</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Wyś&amp;lij</translation>
    </message>
    <message>
        <source>Send the message now (Ctrl+Enter)</source>
        <translation>Wyślij wiadomość teraz (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>Dołącz &amp;pliki…</translation>
    </message>
    <message>
        <source>Choose files to send with the message (Ctrl+Shift+A)</source>
        <translation>Wybierz pliki do wysłania razem z wiadomością (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Zapisz &amp;szkic</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Name &lt;address@example.com&gt;, another@example.com</source>
        <translation>Imię &lt;adres@example.com&gt;, inny@example.com</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>D&amp;W:</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>DW (do wiadomości)</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>&amp;UDW:</translation>
    </message>
    <message>
        <source>Bcc (hidden recipients)</source>
        <translation>UDW (ukryci odbiorcy)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Treść wiadomości</translation>
    </message>
    <message>
        <source>Not attached (not a readable file): %1</source>
        <translation>Nie dołączono (to nie jest plik, który da się odczytać): %1</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Usu&amp;ń</translation>
    </message>
    <message>
        <source>Remove the selected attachments (Delete)</source>
        <translation>Usuń zaznaczone załączniki (Delete)</translation>
    </message>
    <message>
        <source>Why the message was not sent</source>
        <translation>Dlaczego wiadomość nie została wysłana</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <translation>&amp;Rozwiąż problem…</translation>
    </message>
    <message>
        <source>No Account to Send From</source>
        <translation>Brak konta do wysyłki</translation>
    </message>
    <message>
        <source>Add an account in the main window first; Kurier sends every message from one of your accounts.</source>
        <translation>Najpierw dodaj konto w oknie głównym; Kurier wysyła każdą wiadomość z jednego z Twoich kont.</translation>
    </message>
    <message>
        <source>The Account's Address Is Not Valid</source>
        <translation>Adres konta jest nieprawidłowy</translation>
    </message>
    <message>
        <source>Add at least one recipient in To, Cc or Bcc.</source>
        <translation>Dodaj co najmniej jednego odbiorcę w polu Do, DW lub UDW.</translation>
    </message>
    <message>
        <source>Message Not Sent</source>
        <translation>Wiadomość nie została wysłana</translation>
    </message>
    <message>
        <source>Message Too Large for the Server</source>
        <translation>Wiadomość za duża dla serwera</translation>
    </message>
    <message>
        <source>This message is %1, but the server of %2 accepts at most %3.</source>
        <translation>Ta wiadomość ma %1, a serwer konta %2 przyjmuje najwyżej %3.</translation>
    </message>
    <message>
        <source>The server will most likely refuse it. Attachments grow by about a third when sent; remove some, or share large files as a link instead.</source>
        <translation>Serwer najpewniej ją odrzuci. Załączniki rosną przy wysyłce mniej więcej o jedną trzecią; usuń część z nich albo udostępnij duże pliki jako link.</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Wyślij mimo to</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Wysyłanie do %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Przerywanie…</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>Wysłano %1 z %2</translation>
    </message>
    <message>
        <source>Sent a message without a subject to %1.</source>
        <translation>Wysłano wiadomość bez tematu do %1.</translation>
    </message>
    <message>
        <source>Sent "%1" to %2.</source>
        <translation>Wysłano „%1” do %2.</translation>
    </message>
    <message>
        <source>Sending cancelled; the message was not sent and is still here.</source>
        <translation>Wysyłanie przerwane; wiadomość nie została wysłana i nadal tu jest.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Odpowiedź serwera: %1</translation>
    </message>
    <message>
        <source>The message was not sent; everything you wrote is still here.</source>
        <translation>Wiadomość nie została wysłana; wszystko, co napisałeś, nadal tu jest.</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Nowa wiadomość</translation>
    </message>
    <message>
        <source>%1 – New Message</source>
        <translation>%1 – Nowa wiadomość</translation>
    </message>
    <message>
        <source>No attachments · %1</source>
        <translation>Bez załączników · %1</translation>
    </message>
    <message>
        <source>Attachments: %1 · %2 in total</source>
        <translation>Załączniki: %1 · łącznie %2</translation>
    </message>
    <message>
        <source>likely over the server's limit of %1</source>
        <translation>prawdopodobnie ponad limit serwera (%1)</translation>
    </message>
    <message>
        <source>server limit %1</source>
        <translation>limit serwera %1</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dołącz pliki</translation>
    </message>
    <message>
        <source>Draft Not Saved</source>
        <translation>Nie zapisano szkicu</translation>
    </message>
    <message>
        <source>Kurier could not save the draft.</source>
        <translation>Kurier nie mógł zapisać szkicu.</translation>
    </message>
    <message>
        <source>Discard Message</source>
        <translation>Odrzuć wiadomość</translation>
    </message>
    <message>
        <source>Discard this message?</source>
        <translation>Odrzucić tę wiadomość?</translation>
    </message>
    <message>
        <source>What you wrote and the list of attachments will be lost.</source>
        <translation>To, co napisałeś, i lista załączników zostaną utracone.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>The message is being sent; cancel sending first, or wait until it is done.</source>
        <translation>Wiadomość jest wysyłana; najpierw przerwij wysyłanie albo zaczekaj, aż się zakończy.</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>Zapisz szkic</translation>
    </message>
    <message>
        <source>Save this message as a draft before closing?</source>
        <translation>Zapisać tę wiadomość jako szkic przed zamknięciem?</translation>
    </message>
    <message>
        <source>Keep the message among the drafts to finish later</source>
        <translation>Zachowaj wiadomość wśród szkiców, aby dokończyć ją później</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Szkic zapisany.</translation>
    </message>
    <message>
        <source>Original No Longer Waiting</source>
        <translation>Oryginał już nie czeka</translation>
    </message>
    <message>
        <source>The message you edited is no longer waiting in the outbox: it was sent, removed or is being sent. Send this version as a new message?</source>
        <translation>Edytowanej wiadomości nie ma już w skrzynce nadawczej: została wysłana, usunięta albo właśnie jest wysyłana. Wysłać tę wersję jako nową wiadomość?</translation>
    </message>
    <message>
        <source>If the original was sent, the recipients get both versions.</source>
        <translation>Jeśli oryginał został wysłany, odbiorcy dostaną obie wersje.</translation>
    </message>
    <message>
        <source>Send as New Message</source>
        <translation>Wyślij jako nową wiadomość</translation>
    </message>
    <message>
        <source>Edit Queued Message</source>
        <translation>Edycja wiadomości w kolejce</translation>
    </message>
    <message>
        <source>%1 – Edit Queued Message</source>
        <translation>%1 – edycja wiadomości w kolejce</translation>
    </message>
    <message>
        <source>Kurier's outbox database is not open, so drafts cannot be kept.</source>
        <translation>Baza danych skrzynki nadawczej Kuriera nie jest otwarta, więc nie można zachowywać szkiców.</translation>
    </message>
    <message>
        <source>Draft saved without these files, which cannot be read: %1</source>
        <translation>Szkic zapisano bez tych plików, których nie da się odczytać: %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Nie udało się zapisać szkicu: %1</translation>
    </message>
    <message>
        <source>Drafts are listed under Drafts in the main window, where you can continue them.</source>
        <translation>Szkice są w panelu Szkice w oknie głównym, skąd można do nich wrócić.</translation>
    </message>
</context>
<context>
    <name>ConnectionTestView</name>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>The connection test has not run yet.</source>
        <translation>Test połączenia jeszcze nie został uruchomiony.</translation>
    </message>
    <message>
        <source>Find the server</source>
        <translation>Odszukanie serwera</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <source>Encrypt (TLS)</source>
        <translation>Szyfrowanie (TLS)</translation>
    </message>
    <message>
        <source>Greet the server (EHLO)</source>
        <translation>Powitanie serwera (EHLO)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Czeka</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>W toku…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Udane</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudane</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pominięte</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Kurier can connect to %1 on port %2 and sign in (%3 ms in all).</source>
        <translation>Kurier może połączyć się z %1 na porcie %2 i zalogować się (łącznie %3 ms).</translation>
    </message>
    <message>
        <source>The test stopped: %1</source>
        <translation>Test przerwany: %1</translation>
    </message>
    <message>
        <source>The test stopped.</source>
        <translation>Test przerwany.</translation>
    </message>
</context>
<context>
    <name>DefaultAccountProxyModel</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (domyślne)</translation>
    </message>
    <message>
        <source>The default account: Kurier sends from it when no other account is chosen.</source>
        <translation>Konto domyślne: Kurier wysyła z niego, gdy nie wybrano innego konta.</translation>
    </message>
</context>
<context>
    <name>Diagnostics::ConnectionTest</name>
    <message>
        <source>%1 could not be found (%2).</source>
        <translation>Nie znaleziono %1 (%2).</translation>
    </message>
    <message>
        <source>%1 resolves to %2.</source>
        <translation>Nazwa %1 wskazuje na: %2.</translation>
    </message>
    <message>
        <source>No answer from the name server within %1 ms.</source>
        <translation>Serwer nazw nie odpowiedział w ciągu %1 ms.</translation>
    </message>
    <message>
        <source>Not tried: an earlier step failed.</source>
        <translation>Nie sprawdzono: wcześniejszy krok się nie powiódł.</translation>
    </message>
    <message>
        <source>Not encrypted: the account uses no encryption, although the server offers STARTTLS.</source>
        <translation>Bez szyfrowania: konto nie używa szyfrowania, choć serwer oferuje STARTTLS.</translation>
    </message>
    <message>
        <source>Not encrypted: the account uses no encryption.</source>
        <translation>Bez szyfrowania: konto nie używa szyfrowania.</translation>
    </message>
    <message>
        <source>Not tried: the test stopped before connecting.</source>
        <translation>Nie sprawdzono: test zatrzymał się przed połączeniem.</translation>
    </message>
    <message>
        <source>No login: the account is set up to send without one.</source>
        <translation>Bez logowania: konto jest skonfigurowane do wysyłania bez niego.</translation>
    </message>
    <message>
        <source>Not tried: no password or token was given.</source>
        <translation>Nie sprawdzono: nie podano hasła ani tokenu.</translation>
    </message>
    <message>
        <source>Connected to %1, port %2.</source>
        <translation>Połączono z %1, port %2.</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>TLS od początku połączenia</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>%1 (%2); certificate %3, issued by %4, valid until %5.</source>
        <translation>%1 (%2); certyfikat %3, wystawiony przez %4, ważny do %5.</translation>
    </message>
    <message>
        <source>Accepted because it matches the certificate you trusted for this account.</source>
        <translation>Zaakceptowany, ponieważ jest to certyfikat, któremu zaufano dla tego konta.</translation>
    </message>
    <message>
        <source>login methods: %1</source>
        <translation>metody logowania: %1</translation>
    </message>
    <message>
        <source>messages up to %1</source>
        <translation>wiadomości do %1</translation>
    </message>
    <message>
        <source>%1 offers %2</source>
        <translation>%1 oferuje: %2</translation>
    </message>
    <message>
        <source>Logged in as %1; no mail was sent.</source>
        <translation>Zalogowano jako %1; żadna wiadomość nie została wysłana.</translation>
    </message>
    <message>
        <source>Kurier refused to send the password: the connection is not encrypted.</source>
        <translation>Kurier odmówił wysłania hasła: połączenie nie jest szyfrowane.</translation>
    </message>
    <message>
        <source>No password or token is available for this account.</source>
        <translation>Dla tego konta nie ma hasła ani tokenu.</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS, so the connection was not continued without encryption.</source>
        <translation>Serwer nie zaoferował STARTTLS, więc połączenie nie było kontynuowane bez szyfrowania.</translation>
    </message>
    <message>
        <source>The certificate could not be verified; it is for %1 (%2), issued by %3, valid until %4.</source>
        <translation>Nie udało się zweryfikować certyfikatu; jest wystawiony dla %1 (%2) przez %3, ważny do %4.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Błąd: %1</translation>
    </message>
</context>
<context>
    <name>Diagnostics::DomainHealthCheck</name>
    <message>
        <source>The MX look-up did not finish in time.</source>
        <translation>Zapytanie o MX nie zakończyło się na czas.</translation>
    </message>
    <message>
        <source>The MX look-up failed: %1</source>
        <translation>Zapytanie o MX nie powiodło się: %1</translation>
    </message>
    <message>
        <source>No MX record: %1 does not say which servers receive its mail.</source>
        <translation>Brak rekordu MX: %1 nie wskazuje, które serwery odbierają jej pocztę.</translation>
    </message>
    <message>
        <source>Replies and bounces may not reach you, and some receivers distrust senders whose domain cannot receive mail.</source>
        <translation>Odpowiedzi i zwroty mogą do Ciebie nie docierać, a niektórzy odbiorcy nie ufają nadawcom, których domena nie może odbierać poczty.</translation>
    </message>
    <message>
        <source>A null MX record says that %1 receives no mail at all.</source>
        <translation>Pusty rekord MX (null MX) mówi, że %1 w ogóle nie odbiera poczty.</translation>
    </message>
    <message>
        <source>Receivers may refuse mail from a domain that declares it accepts none (RFC 7505).</source>
        <translation>Odbiorcy mogą odrzucać pocztę z domeny, która deklaruje, że żadnej nie przyjmuje (RFC 7505).</translation>
    </message>
    <message>
        <source>Mail for %1 is received by: %2</source>
        <translation>Pocztę dla %1 odbierają: %2</translation>
    </message>
    <message>
        <source>Receivers check that a sender's domain can receive replies.</source>
        <translation>Odbiorcy sprawdzają, czy domena nadawcy może odbierać odpowiedzi.</translation>
    </message>
    <message>
        <source>SPF tells receivers which servers may send mail for %1; without a working SPF record your mail is more likely to be marked as spam or rejected.</source>
        <translation>SPF mówi odbiorcom, które serwery mogą wysyłać pocztę w imieniu %1; bez działającego rekordu SPF Twoja poczta częściej trafia do spamu lub jest odrzucana.</translation>
    </message>
    <message>
        <source>The SPF look-up did not finish in time.</source>
        <translation>Zapytanie o SPF nie zakończyło się na czas.</translation>
    </message>
    <message>
        <source>The SPF look-up failed: %1</source>
        <translation>Zapytanie o SPF nie powiodło się: %1</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record.</source>
        <translation>%1 nie publikuje rekordu SPF.</translation>
    </message>
    <message>
        <source>%1 publishes more than one SPF record, which makes the SPF check fail everywhere.</source>
        <translation>%1 publikuje więcej niż jeden rekord SPF, przez co sprawdzenie SPF wszędzie kończy się błędem.</translation>
    </message>
    <message>
        <source>The SPF record has invalid terms (%1), so receivers treat the check as failed.</source>
        <translation>Rekord SPF zawiera nieprawidłowe elementy (%1), więc odbiorcy uznają sprawdzenie za nieudane.</translation>
    </message>
    <message>
        <source>The SPF record ends in +all, which allows every server on the internet to send as %1.</source>
        <translation>Rekord SPF kończy się na +all, co pozwala każdemu serwerowi w internecie wysyłać jako %1.</translation>
    </message>
    <message>
        <source>Anyone can then forge your address and still pass SPF, so receivers treat the record as worthless or suspicious.</source>
        <translation>Każdy może wtedy podrobić Twój adres i przejść sprawdzenie SPF, więc odbiorcy uznają taki rekord za bezwartościowy lub podejrzany.</translation>
    </message>
    <message>
        <source>The SPF record needs %1 DNS look-ups (its includes counted); the limit is %2.</source>
        <translation>Rekord SPF wymaga %1 zapytań DNS (wliczając dołączone rekordy); limit to %2.</translation>
    </message>
    <message>
        <source>Receivers stop after 10 look-ups and treat the check as failed, so even your own mail can fail SPF.</source>
        <translation>Odbiorcy przerywają po 10 zapytaniach i uznają sprawdzenie za nieudane, więc nawet Twoja własna poczta może nie przejść SPF.</translation>
    </message>
    <message>
        <source>The SPF record refers to %1, which has no single SPF record, so the check fails.</source>
        <translation>Rekord SPF odwołuje się do %1, która nie ma dokładnie jednego rekordu SPF, więc sprawdzenie kończy się błędem.</translation>
    </message>
    <message>
        <source>SPF names the servers that may send for %1 and tells receivers to reject the rest (-all).</source>
        <translation>SPF wskazuje serwery, które mogą wysyłać w imieniu %1, i każe odbiorcom odrzucać pozostałe (-all).</translation>
    </message>
    <message>
        <source>SPF names the servers that may send for %1 and marks the rest as suspicious (~all).</source>
        <translation>SPF wskazuje serwery, które mogą wysyłać w imieniu %1, a pozostałe oznacza jako podejrzane (~all).</translation>
    </message>
    <message>
        <source>SPF for %1 follows the policy of %2 (redirect).</source>
        <translation>SPF dla %1 stosuje zasady %2 (redirect).</translation>
    </message>
    <message>
        <source>The SPF record ends without a verdict for other servers (?all or no all), so it does not help against forged mail.</source>
        <translation>Rekord SPF nie rozstrzyga o innych serwerach (?all lub brak all), więc nie chroni przed podrobioną pocztą.</translation>
    </message>
    <message>
        <source>Some included records could not be read, so the look-up count may be higher.</source>
        <translation>Niektórych dołączonych rekordów nie udało się odczytać, więc liczba zapytań może być większa.</translation>
    </message>
    <message>
        <source>DMARC tells receivers what to do with mail that fakes %1; Gmail and Yahoo require it from domains that send a lot of mail.</source>
        <translation>DMARC mówi odbiorcom, co robić z pocztą podszywającą się pod %1; Gmail i Yahoo wymagają go od domen wysyłających dużo poczty.</translation>
    </message>
    <message>
        <source>The DMARC look-up did not finish in time.</source>
        <translation>Zapytanie o DMARC nie zakończyło się na czas.</translation>
    </message>
    <message>
        <source>The DMARC look-up failed: %1</source>
        <translation>Zapytanie o DMARC nie powiodło się: %1</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record.</source>
        <translation>%1 nie publikuje rekordu DMARC.</translation>
    </message>
    <message>
        <source>There is more than one DMARC record, so receivers ignore them all.</source>
        <translation>Istnieje więcej niż jeden rekord DMARC, więc odbiorcy ignorują je wszystkie.</translation>
    </message>
    <message>
        <source>The DMARC record has no policy (p=), so receivers ignore it.</source>
        <translation>Rekord DMARC nie ma zasady (p=), więc odbiorcy go ignorują.</translation>
    </message>
    <message>
        <source>The DMARC record is invalid (%1), so receivers ignore it.</source>
        <translation>Rekord DMARC jest nieprawidłowy (%1), więc odbiorcy go ignorują.</translation>
    </message>
    <message>
        <source>The DMARC policy is "none": receivers only report mail that fails the checks and still deliver it.</source>
        <translation>Zasada DMARC to "none": odbiorcy tylko zgłaszają pocztę, która nie przeszła sprawdzeń, i nadal ją dostarczają.</translation>
    </message>
    <message>
        <source>The DMARC policy is "quarantine": receivers put mail that fails the checks into spam.</source>
        <translation>Zasada DMARC to "quarantine": odbiorcy przenoszą pocztę, która nie przeszła sprawdzeń, do spamu.</translation>
    </message>
    <message>
        <source>The DMARC policy is "reject": receivers refuse mail that fails the checks.</source>
        <translation>Zasada DMARC to "reject": odbiorcy odrzucają pocztę, która nie przeszła sprawdzeń.</translation>
    </message>
    <message>
        <source>It applies to only %1% of such mail.</source>
        <translation>Dotyczy tylko %1% takiej poczty.</translation>
    </message>
    <message>
        <source>The record is published by %1 and covers its subdomains.</source>
        <translation>Rekord publikuje %1 i obejmuje on jej subdomeny.</translation>
    </message>
    <message>
        <source>A DKIM signature lets receivers check that mail really comes from %1 and was not changed on the way.</source>
        <translation>Podpis DKIM pozwala odbiorcom sprawdzić, że poczta naprawdę pochodzi z %1 i nie została zmieniona po drodze.</translation>
    </message>
    <message>
        <source>Not checked: DKIM keys are published under a name (selector) that only the sending service knows, and none is known for this domain.</source>
        <translation>Nie sprawdzono: klucze DKIM są publikowane pod nazwą (selektorem), którą zna tylko usługa wysyłająca, a dla tej domeny żadna nie jest znana.</translation>
    </message>
    <message>
        <source>The DKIM record at selector %1 is invalid (%2).</source>
        <translation>Rekord DKIM pod selektorem %1 jest nieprawidłowy (%2).</translation>
    </message>
    <message>
        <source>The DKIM key at selector %1 has been revoked (empty p=).</source>
        <translation>Klucz DKIM pod selektorem %1 został unieważniony (puste p=).</translation>
    </message>
    <message>
        <source>The DKIM key at selector %1 has only %2 bits; receivers ignore keys this short.</source>
        <translation>Klucz DKIM pod selektorem %1 ma tylko %2 bitów; odbiorcy ignorują tak krótkie klucze.</translation>
    </message>
    <message>
        <source>The DKIM key at selector %1 has %2 bits; 2048 bits are recommended.</source>
        <translation>Klucz DKIM pod selektorem %1 ma %2 bitów; zalecane są 2048 bity.</translation>
    </message>
    <message>
        <source>A DKIM key is published at selector %1 (%2, %3 bits).</source>
        <translation>Klucz DKIM jest opublikowany pod selektorem %1 (%2, %3 bitów).</translation>
    </message>
    <message>
        <source>The DKIM look-up for selector %1 failed.</source>
        <translation>Zapytanie o DKIM dla selektora %1 nie powiodło się.</translation>
    </message>
    <message>
        <source>No DKIM key is published at selector %1.</source>
        <translation>Pod selektorem %1 nie opublikowano klucza DKIM.</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS, so mail from it will be rejected.</source>
        <translation>%1 nie istnieje w DNS, więc poczta z tej domeny będzie odrzucana.</translation>
    </message>
    <message>
        <source>%1 is set up well for sending mail.</source>
        <translation>%1 jest dobrze przygotowana do wysyłania poczty.</translation>
    </message>
    <message>
        <source>%1 can send mail, but some settings make it more likely to land in spam.</source>
        <translation>%1 może wysyłać pocztę, ale niektóre ustawienia zwiększają ryzyko, że trafi ona do spamu.</translation>
    </message>
    <message>
        <source>%1 has problems that can get its mail rejected or marked as spam.</source>
        <translation>%1 ma problemy, przez które jej poczta może być odrzucana lub oznaczana jako spam.</translation>
    </message>
    <message>
        <source>The DNS look-ups for %1 failed, so nothing could be checked.</source>
        <translation>Zapytania DNS dla %1 nie powiodły się, więc niczego nie udało się sprawdzić.</translation>
    </message>
</context>
<context>
    <name>DiscoveryPage</name>
    <message>
        <source>%1, port %2, %3 — domain &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>%1, port %2, %3 — domena &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Use these settings</source>
        <translation>&amp;Użyj tych ustawień</translation>
    </message>
    <message>
        <source>&amp;Enter the settings myself</source>
        <translation>&amp;Wpiszę ustawienia samodzielnie</translation>
    </message>
    <message>
        <source>Finding your server settings</source>
        <translation>Szukanie ustawień serwera</translation>
    </message>
    <message>
        <source>Where Kurier looks</source>
        <translation>Gdzie Kurier szuka</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>Postęp wyszukiwania</translation>
    </message>
    <message>
        <source>Looking for the settings of %1 in several places at once.</source>
        <translation>Kurier szuka ustawień dla %1 w kilku miejscach jednocześnie.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Zatrzymano</translation>
    </message>
    <message>
        <source>Stopped before it answered.</source>
        <translation>Zatrzymano, zanim nadeszła odpowiedź.</translation>
    </message>
    <message>
        <source>You stopped the search. Enter the settings yourself on the next page, or search again.</source>
        <translation>Wyszukiwanie zostało zatrzymane. Wpisz ustawienia samodzielnie na następnej stronie albo wyszukaj ponownie.</translation>
    </message>
    <message>
        <source>&amp;Stop Searching</source>
        <translation>&amp;Zatrzymaj wyszukiwanie</translation>
    </message>
    <message>
        <source>&amp;Search Again</source>
        <translation>&amp;Wyszukaj ponownie</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Gotowe w %1 s.</translation>
    </message>
    <message>
        <source>Search stopped.</source>
        <translation>Wyszukiwanie zatrzymane.</translation>
    </message>
    <message>
        <source>Search finished.</source>
        <translation>Wyszukiwanie zakończone.</translation>
    </message>
    <message>
        <source>Waiting for the others</source>
        <translation>Czeka na pozostałe</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Znaleziono</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nic</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pominięto</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Niepotrzebne</translation>
    </message>
    <message>
        <source>Before your first message can go out</source>
        <translation>Zanim wyślesz pierwszą wiadomość</translation>
    </message>
    <message>
        <source>No settings were found for %1. Your provider's help pages list them, usually under "outgoing mail server" or "SMTP"; enter them on the next page.</source>
        <translation>Nie znaleziono ustawień dla %1. Znajdziesz je na stronach pomocy swojego dostawcy, zwykle pod hasłem „serwer poczty wychodzącej” lub „SMTP”; wpisz je na następnej stronie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Znaleziono:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found for %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Znaleziono dla %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Where from: %1</source>
        <translation>Skąd: %1</translation>
    </message>
    <message>
        <source>Where from: %1 (%2)</source>
        <translation>Skąd: %1 (%2)</translation>
    </message>
    <message>
        <source>Kurier trusts this source: it is your provider's own server, reached over a verified secure connection, or the ISP database.</source>
        <translation>Kurier ufa temu źródłu: to własny serwer Twojego dostawcy, z którym połączono się przez zweryfikowane bezpieczne połączenie, albo baza danych dostawców (ISPDB).</translation>
    </message>
    <message>
        <source>Also possible: %1</source>
        <translation>Możliwe także: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kurier cannot vouch for these settings.&lt;/b&gt; Your password will be sent to the server at &lt;b&gt;%1&lt;/b&gt;, so use them only if that is your provider:</source>
        <translation>&lt;b&gt;Kurier nie może ręczyć za te ustawienia.&lt;/b&gt; Twoje hasło zostanie wysłane do serwera w domenie &lt;b&gt;%1&lt;/b&gt;, więc użyj ich tylko wtedy, gdy to Twój dostawca:</translation>
    </message>
</context>
<context>
    <name>DomainHealthView</name>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Checking the DNS records of %1…</source>
        <translation>Sprawdzanie rekordów DNS domeny %1…</translation>
    </message>
    <message>
        <source>What the DNS of %1 tells receiving servers about mail from it:</source>
        <translation>Co DNS domeny %1 mówi serwerom odbiorców o poczcie z tej domeny:</translation>
    </message>
    <message>
        <source>(still checking)</source>
        <translation>(sprawdzanie trwa)</translation>
    </message>
    <message>
        <source>(not checked)</source>
        <translation>(nie sprawdzono)</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>Set up the address you send mail from</source>
        <translation>Skonfiguruj adres, z którego wysyłasz pocztę</translation>
    </message>
    <message>
        <source>Kurier sends email for you through your email provider — the company or service behind your address, such as your workplace, your internet provider or a mail service.

To start, Kurier needs your email address, your password and the name of your provider's outgoing mail server. Your provider's help pages list that server, usually as "SMTP server" or "outgoing mail server".</source>
        <translation>Kurier wysyła za Ciebie e-maile przez Twojego dostawcę poczty — firmę lub usługę, od której masz adres, na przykład Twoje miejsce pracy, dostawcę internetu lub serwis pocztowy.

Na początek Kurier potrzebuje Twojego adresu e-mail, hasła i nazwy serwera poczty wychodzącej dostawcy. Strony pomocy dostawcy podają ten serwer, zwykle jako „serwer SMTP” lub „serwer poczty wychodzącej”.</translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation>Dodaj konto…</translation>
    </message>
    <message>
        <source>Prefer the command line? "kurier account add --help" shows how to add an account there.</source>
        <translation>Wolisz wiersz poleceń? „kurier account add --help” pokazuje, jak dodać tam konto.</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>The server said:</source>
        <translation>Serwer odpowiedział:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Co możesz zrobić:</translation>
    </message>
    <message>
        <source>The server's reply</source>
        <translation>Odpowiedź serwera</translation>
    </message>
    <message>
        <source>Reply code: %1</source>
        <translation>Kod odpowiedzi: %1</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Your email account</source>
        <translation>Twoje konto e-mail</translation>
    </message>
    <message>
        <source>Kurier finds the server settings for your address by itself and checks them before anything is saved.</source>
        <translation>Kurier sam znajdzie ustawienia serwera dla Twojego adresu i sprawdzi je, zanim cokolwiek zapisze.</translation>
    </message>
    <message>
        <source>Jane Doe</source>
        <translation>Jan Kowalski</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>ty@example.com</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Pokaż lub ukryj hasło</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Pokaż hasło</translation>
    </message>
    <message>
        <source>Kurier keeps your password in the system keychain, never in a file, and sends it only to the server you confirm.</source>
        <translation>Kurier przechowuje hasło w systemowym pęku kluczy, nigdy w pliku, i wysyła je tylko do serwera, który potwierdzisz.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Adres e-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Ukryj hasło</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kurier</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About Kurier</source>
        <translation>&amp;O programie Kurier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>Your settings file was written by a newer version of Kurier. This version shows your accounts but will not change them; update Kurier to edit them.</source>
        <translation>Twój plik ustawień został zapisany przez nowszą wersję Kuriera. Ta wersja pokazuje konta, ale ich nie zmieni; zaktualizuj Kuriera, aby je edytować.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Dodaj konto…</translation>
    </message>
    <message>
        <source>Set up an address to send mail from</source>
        <translation>Skonfiguruj adres, z którego będziesz wysyłać pocztę</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>&amp;Edytuj konto…</translation>
    </message>
    <message>
        <source>Change the selected account's settings or password</source>
        <translation>Zmień ustawienia lub hasło wybranego konta</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>&amp;Usuń konto…</translation>
    </message>
    <message>
        <source>Forget the selected account and delete its password from the keychain</source>
        <translation>Usuń wybrane konto i jego hasło z pęku kluczy</translation>
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation>Ustaw jako do&amp;myślne</translation>
    </message>
    <message>
        <source>Send from the selected account when no account is chosen</source>
        <translation>Wysyłaj z wybranego konta, gdy nie wskazano konta</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Brak kont</translation>
    </message>
    <message>
        <source>Accounts: %1 · Default: %2</source>
        <translation>Konta: %1 · Domyślne: %2</translation>
    </message>
    <message>
        <source>Saved the account "%1".</source>
        <translation>Zapisano konto „%1”.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Usuń konto</translation>
    </message>
    <message>
        <source>Remove the account %1?</source>
        <translation>Usunąć konto %1?</translation>
    </message>
    <message>
        <source>Remove the account "%1" (%2)?</source>
        <translation>Usunąć konto „%1” (%2)?</translation>
    </message>
    <message>
        <source>Kurier will forget its settings and delete its password from the system keychain. Mail you have already sent is not affected.</source>
        <translation>Kurier usunie ustawienia tego konta i jego hasło z systemowego pęku kluczy. Nie dotyczy to już wysłanej poczty.</translation>
    </message>
    <message>
        <source>Removing "%1"…</source>
        <translation>Usuwanie „%1”…</translation>
    </message>
    <message>
        <source>Removed the account "%1".</source>
        <translation>Usunięto konto „%1”.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Uwaga: %1</translation>
    </message>
    <message>
        <source>Account Not Removed</source>
        <translation>Konto nie zostało usunięte</translation>
    </message>
    <message>
        <source>Kurier could not remove the account "%1".</source>
        <translation>Kurier nie mógł usunąć konta „%1”.</translation>
    </message>
    <message>
        <source>Default Account Not Changed</source>
        <translation>Konto domyślne nie zostało zmienione</translation>
    </message>
    <message>
        <source>Kurier could not change the default account.</source>
        <translation>Kurier nie mógł zmienić konta domyślnego.</translation>
    </message>
    <message>
        <source>"%1" is now the default account.</source>
        <translation>„%1” jest teraz kontem domyślnym.</translation>
    </message>
    <message>
        <source>&amp;New Message…</source>
        <translation>&amp;Nowa wiadomość…</translation>
    </message>
    <message>
        <source>Write a message and send it from one of your accounts</source>
        <translation>Napisz wiadomość i wyślij ją z jednego ze swoich kont</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <translation>&amp;Rozwiąż problemy…</translation>
    </message>
    <message>
        <source>Test the selected account's connection step by step and find out why sending fails</source>
        <translation>Przetestuj krok po kroku połączenie wybranego konta i sprawdź, dlaczego wysyłanie się nie udaje</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>Dziennik sesji</translation>
    </message>
    <message>
        <source>The conversation with the server appears here while messages are sent. Passwords are never shown.</source>
        <translation>Tu pojawia się rozmowa z serwerem podczas wysyłania wiadomości. Hasła nigdy nie są pokazywane.</translation>
    </message>
    <message>
        <source>Session Log</source>
        <translation>Dziennik sesji</translation>
    </message>
    <message>
        <source>Show the redacted conversation with the server of recent sends</source>
        <translation>Pokaż rozmowę z serwerem z ostatnich wysyłek, bez haseł</translation>
    </message>
    <message>
        <source>— Sending, %1 —</source>
        <translation>— Wysyłanie, %1 —</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Skrzynka nadawcza</translation>
    </message>
    <message>
        <source>Show the messages waiting to be sent, retried, refused and sent</source>
        <translation>Pokaż wiadomości czekające na wysłanie, ponawiane, odrzucone i wysłane</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Szczegóły konta</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Wiadomość wysłana</translation>
    </message>
    <message>
        <source>Message Cannot Be Edited</source>
        <translation>Nie można edytować wiadomości</translation>
    </message>
    <message>
        <source>The message is no longer waiting in the outbox: it was sent, removed or is being sent.</source>
        <translation>Wiadomości nie ma już w skrzynce nadawczej: została wysłana, usunięta albo właśnie jest wysyłana.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <source>"%1" was sent from %2.</source>
        <translation>Wiadomość „%1” została wysłana z konta %2.</translation>
    </message>
    <message>
        <source>A message needs your attention</source>
        <translation>Wiadomość wymaga Twojej uwagi</translation>
    </message>
    <message>
        <source>"%1" from %2 was not sent.</source>
        <translation>Wiadomość „%1” z konta %2 nie została wysłana.</translation>
    </message>
    <message>
        <source>"%1" from %2 was not sent: %3</source>
        <translation>Wiadomość „%1” z konta %2 nie została wysłana: %3</translation>
    </message>
    <message>
        <source>The connection was lost while "%1" was being sent from %2; it may or may not have arrived.</source>
        <translation>Połączenie zostało przerwane podczas wysyłania wiadomości „%1” z konta %2; nie wiadomo, czy dotarła.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Szkice</translation>
    </message>
    <message>
        <source>Messages you started; press Enter to continue one</source>
        <translation>Rozpoczęte wiadomości; naciśnij Enter, aby dokończyć jedną z nich</translation>
    </message>
    <message>
        <source>&amp;Continue Writing</source>
        <translation>&amp;Pisz dalej</translation>
    </message>
    <message>
        <source>Open the selected draft in a message window (Enter)</source>
        <translation>Otwórz zaznaczony szkic w oknie wiadomości (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete Draft…</source>
        <translation>&amp;Usuń szkic…</translation>
    </message>
    <message>
        <source>Show the messages you started and did not send yet</source>
        <translation>Pokaż rozpoczęte i jeszcze niewysłane wiadomości</translation>
    </message>
    <message>
        <source>Draft Not Opened</source>
        <translation>Nie otwarto szkicu</translation>
    </message>
    <message>
        <source>Kurier could not read this draft.</source>
        <translation>Kurier nie mógł odczytać tego szkicu.</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>Usuń szkic</translation>
    </message>
    <message>
        <source>Delete the selected draft?</source>
        <translation>Usunąć zaznaczony szkic?</translation>
    </message>
    <message>
        <source>Its text and its copies of the attached files will be lost.</source>
        <translation>Jego treść i kopie załączonych plików zostaną utracone.</translation>
    </message>
    <message>
        <source>Reopen Drafts</source>
        <translation>Ponowne otwarcie szkiców</translation>
    </message>
    <message>
        <source>Kurier was closed while you were writing a message — reopen it?</source>
        <translation>Kurier został zamknięty w trakcie pisania wiadomości — otworzyć ją ponownie?</translation>
    </message>
    <message>
        <source>Kurier was closed while you were writing %1 messages — reopen them?</source>
        <translation>Kurier został zamknięty w trakcie pisania %1 wiadomości — otworzyć je ponownie?</translation>
    </message>
    <message>
        <source>If you do not reopen them now, they stay under Drafts.</source>
        <translation>Jeśli nie otworzysz ich teraz, pozostaną w panelu Szkice.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Wysłane wiadomości</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Show the messages the servers accepted, with their replies</source>
        <translation>Pokaż wiadomości przyjęte przez serwery wraz z ich odpowiedziami</translation>
    </message>
</context>
<context>
    <name>Mime::AddressError</name>
    <message>
        <source>No email address was given.</source>
        <translation>Nie podano adresu e-mail.</translation>
    </message>
    <message>
        <source>"%1" is not an email address: it has no @.</source>
        <translation>"%1" nie jest adresem e-mail: brakuje w nim znaku @.</translation>
    </message>
    <message>
        <source>The email address "%1" contains spaces.</source>
        <translation>Adres e-mail "%1" zawiera spacje.</translation>
    </message>
    <message>
        <source>"%1" contains a control character, which an email address cannot hold.</source>
        <translation>"%1" zawiera znak sterujący, którego adres e-mail nie może zawierać.</translation>
    </message>
    <message>
        <source>The email address "%1" has nothing before the @.</source>
        <translation>Adres e-mail "%1" nie ma nic przed znakiem @.</translation>
    </message>
    <message>
        <source>In "%1", the part before the @ is longer than 64 characters.</source>
        <translation>W adresie "%1" część przed @ jest dłuższa niż 64 znaki.</translation>
    </message>
    <message>
        <source>In "%1", the part before the @ cannot start or end with a dot or contain two dots in a row.</source>
        <translation>W adresie "%1" część przed @ nie może zaczynać się ani kończyć kropką ani zawierać dwóch kropek z rzędu.</translation>
    </message>
    <message>
        <source>In "%1", the character "%2" is not allowed before the @.</source>
        <translation>W adresie "%1" znak "%2" jest niedozwolony przed @.</translation>
    </message>
    <message>
        <source>The email address "%1" has no domain after the @.</source>
        <translation>Adres e-mail "%1" nie ma domeny po znaku @.</translation>
    </message>
    <message>
        <source>The domain of "%1" is not a valid domain name.</source>
        <translation>Domena adresu "%1" nie jest poprawną nazwą domeny.</translation>
    </message>
    <message>
        <source>The domain of "%1" is too long.</source>
        <translation>Domena adresu "%1" jest za długa.</translation>
    </message>
    <message>
        <source>The domain of "%1" has no dot; a full domain such as example.com is needed.</source>
        <translation>Domena adresu "%1" nie zawiera kropki; potrzebna jest pełna domena, np. example.com.</translation>
    </message>
    <message>
        <source>"%1" gives an IP address instead of a domain name; Kurier needs a domain name.</source>
        <translation>"%1" zawiera adres IP zamiast nazwy domeny; Kurier potrzebuje nazwy domeny.</translation>
    </message>
    <message>
        <source>"%1" opens a quotation mark (") that is never closed.</source>
        <translation>"%1" otwiera cudzysłów ("), który nigdzie się nie zamyka.</translation>
    </message>
    <message>
        <source>"%1" opens a parenthesis that is never closed.</source>
        <translation>"%1" otwiera nawias, który nigdzie się nie zamyka.</translation>
    </message>
    <message>
        <source>"%1" has a &lt; without the matching &gt;.</source>
        <translation>"%1" zawiera znak &lt; bez pasującego znaku &gt;.</translation>
    </message>
    <message>
        <source>"%1" has nothing between &lt; and &gt;.</source>
        <translation>"%1" nie ma nic między &lt; a &gt;.</translation>
    </message>
    <message>
        <source>The character "%2" does not belong where it is in "%1".</source>
        <translation>Znak "%2" jest w niewłaściwym miejscu w "%1".</translation>
    </message>
    <message>
        <source>"%1" has text after the address; separate several addresses with commas.</source>
        <translation>"%1" zawiera tekst po adresie; kilka adresów oddziel przecinkami.</translation>
    </message>
    <message>
        <source>The group "%1" must end with a semicolon (;).</source>
        <translation>Grupa "%1" musi kończyć się średnikiem (;).</translation>
    </message>
    <message>
        <source>The group "%1" contains another group, which is not allowed.</source>
        <translation>Grupa "%1" zawiera inną grupę, co jest niedozwolone.</translation>
    </message>
    <message>
        <source>"%1" is a group of addresses; a single address is needed here.</source>
        <translation>"%1" to grupa adresów; tutaj potrzebny jest jeden adres.</translation>
    </message>
    <message>
        <source>"%1" holds several addresses; only one is allowed here.</source>
        <translation>"%1" zawiera kilka adresów; tutaj dozwolony jest tylko jeden.</translation>
    </message>
    <message>
        <source>The email address "%1" is longer than 254 characters.</source>
        <translation>Adres e-mail "%1" jest dłuższy niż 254 znaki.</translation>
    </message>
    <message>
        <source>The address "%1" has non-ASCII characters before the @; it can only be sent through a server that supports international addresses (SMTPUTF8), and this one does not.</source>
        <translation>Adres "%1" ma przed znakiem @ znaki spoza ASCII; można go wysłać tylko przez serwer obsługujący adresy międzynarodowe (SMTPUTF8), a ten ich nie obsługuje.</translation>
    </message>
</context>
<context>
    <name>Mime::ComposeError</name>
    <message>
        <source>An address of the message is not valid.</source>
        <translation>Jeden z adresów wiadomości jest niepoprawny.</translation>
    </message>
    <message>
        <source>The message has no recipients; add at least one address to To, Cc or Bcc.</source>
        <translation>Wiadomość nie ma odbiorców; dodaj co najmniej jeden adres w polu Do, DW lub UDW.</translation>
    </message>
    <message>
        <source>"%1" cannot be used as a header name: use letters, digits and hyphens, without a colon.</source>
        <translation>"%1" nie może być nazwą nagłówka: użyj liter, cyfr i łączników, bez dwukropka.</translation>
    </message>
    <message>
        <source>The header "%1" is written by Kurier itself and cannot be added by hand.</source>
        <translation>Nagłówek "%1" zapisuje sam Kurier; nie można go dodać ręcznie.</translation>
    </message>
    <message>
        <source>"%1" is not a valid message ID (it should look like &lt;id@example.com&gt;).</source>
        <translation>"%1" nie jest poprawnym identyfikatorem wiadomości (powinien wyglądać jak &lt;id@example.com&gt;).</translation>
    </message>
    <message>
        <source>The inline image "%1" needs a content ID of the form id@example.com.</source>
        <translation>Obraz osadzony "%1" potrzebuje identyfikatora treści w postaci id@example.com.</translation>
    </message>
    <message>
        <source>The HTML text shows the image cid:%1, but no inline image has that content ID.</source>
        <translation>Tekst HTML pokazuje obraz cid:%1, ale żaden obraz osadzony nie ma takiego identyfikatora treści.</translation>
    </message>
    <message>
        <source>"%1" is not a valid MIME type (it should look like application/pdf).</source>
        <translation>"%1" nie jest poprawnym typem MIME (powinien wyglądać jak application/pdf).</translation>
    </message>
    <message>
        <source>The attachment %1 cannot be read.</source>
        <translation>Nie można odczytać załącznika %1.</translation>
    </message>
    <message>
        <source>The attachment %1 changed while the message was being sent; send the message again.</source>
        <translation>Załącznik %1 zmienił się podczas wysyłania wiadomości; wyślij ją ponownie.</translation>
    </message>
    <message>
        <source>No MIME boundary could be found that does not occur in the message text.</source>
        <translation>Nie udało się znaleźć granicy MIME, która nie występuje w treści wiadomości.</translation>
    </message>
</context>
<context>
    <name>Mime::MessageStream</name>
    <message>
        <source>A composed message can only be read.</source>
        <translation>Gotową wiadomość można tylko odczytywać.</translation>
    </message>
</context>
<context>
    <name>OAuth::AuthorizationFlow</name>
    <message>
        <source>Kurier has received your sign-in. You can close this page and go back to Kurier.</source>
        <translation>Kurier otrzymał potwierdzenie logowania. Możesz zamknąć tę stronę i wrócić do Kuriera.</translation>
    </message>
</context>
<context>
    <name>Outbox::Dispatcher</name>
    <message>
        <source>Waiting for the password</source>
        <translation>Oczekiwanie na hasło</translation>
    </message>
</context>
<context>
    <name>Outbox::DraftListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ostatnia zmiana</translation>
    </message>
</context>
<context>
    <name>Outbox::OutboxModel</name>
    <message>
        <source>Queued</source>
        <translation>W kolejce</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wysyłanie</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Czeka na ponowną próbę</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <source>Delivery unknown</source>
        <translation>Doręczenie niepewne</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <source>Sending (%1 %)</source>
        <translation>Wysyłanie (%1 %)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Następna próba</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Outbox::SentLogModel</name>
    <message>
        <source>Message-ID: %1
Server: %2</source>
        <translation>Message-ID: %1
Serwer: %2</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Server's reply</source>
        <translation>Odpowiedź serwera</translation>
    </message>
</context>
<context>
    <name>Outbox::Store</name>
    <message>
        <source>The outbox could not be opened: the folder %1 cannot be created.</source>
        <translation>Nie udało się otworzyć skrzynki nadawczej: nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>The outbox %1 is damaged (%2) and could not be moved aside, so Kurier did not touch it; move it away yourself to start a new one.</source>
        <translation>Skrzynka nadawcza %1 jest uszkodzona (%2) i nie udało się jej odłożyć na bok, więc Kurier jej nie ruszał; przenieś ją w inne miejsce samodzielnie, aby zacząć od nowej.</translation>
    </message>
    <message>
        <source>The outbox was damaged (%1), so Kurier kept it at %2 and started a new, empty one. Messages that were waiting in it were not sent; the kept file can be examined or restored by hand.</source>
        <translation>Skrzynka nadawcza była uszkodzona (%1), więc Kurier zachował ją jako %2 i założył nową, pustą. Wiadomości, które w niej czekały, nie zostały wysłane; zachowany plik można przejrzeć lub odtworzyć ręcznie.</translation>
    </message>
    <message>
        <source>The outbox %1 could not be opened: %2</source>
        <translation>Nie udało się otworzyć skrzynki nadawczej %1: %2</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Outbox</source>
        <translation>Skrzynka nadawcza</translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation>Wyślij &amp;teraz</translation>
    </message>
    <message>
        <source>Send the selected message at once, without waiting for its next attempt</source>
        <translation>Wyślij zaznaczoną wiadomość od razu, bez czekania na kolejną próbę</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Open the selected message in a composer; sending it replaces the waiting one</source>
        <translation>Otwórz zaznaczoną wiadomość w edytorze; wysłanie jej zastąpi wiadomość czekającą w kolejce</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Take the selected message out of the outbox; it will not be sent</source>
        <translation>Usuń zaznaczoną wiadomość ze skrzynki nadawczej; nie zostanie wysłana</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <translation>&amp;Rozwiąż problem…</translation>
    </message>
    <message>
        <source>Find out why the selected message could not be sent and what to do</source>
        <translation>Sprawdź, dlaczego nie udało się wysłać zaznaczonej wiadomości i co z tym zrobić</translation>
    </message>
    <message>
        <source>It &amp;Arrived — Mark as Sent</source>
        <translation>&amp;Dotarła — oznacz jako wysłaną</translation>
    </message>
    <message>
        <source>The recipients have the message: record it as sent</source>
        <translation>Odbiorcy mają tę wiadomość: zapisz ją jako wysłaną</translation>
    </message>
    <message>
        <source>Send A&amp;gain…</source>
        <translation>Wyślij &amp;ponownie…</translation>
    </message>
    <message>
        <source>Send the message once more; the recipients may get it twice</source>
        <translation>Wyślij wiadomość jeszcze raz; odbiorcy mogą ją dostać dwukrotnie</translation>
    </message>
    <message>
        <source>Kurier does not know whether this message was delivered</source>
        <translation>Kurier nie wie, czy ta wiadomość została doręczona</translation>
    </message>
    <message>
        <source>The connection was lost after the whole message had gone to the server, before the server confirmed it. The server may have accepted it, so Kurier will not send it again on its own. Ask a recipient, or look in your provider's Sent folder, whether it arrived.</source>
        <translation>Połączenie zerwało się po przesłaniu całej wiadomości do serwera, zanim serwer potwierdził jej przyjęcie. Serwer mógł ją przyjąć, dlatego Kurier nie wyśle jej ponownie sam. Zapytaj odbiorcę albo zajrzyj do folderu Wysłane u swojego dostawcy, czy dotarła.</translation>
    </message>
    <message>
        <source>This message needs your attention</source>
        <translation>Ta wiadomość wymaga Twojej decyzji</translation>
    </message>
    <message>
        <source>Kurier will not send it again until you decide: use Troubleshoot to find the cause, Edit to change the message, or Send Now once it is fixed.</source>
        <translation>Kurier nie wyśle jej ponownie, dopóki nie zdecydujesz: użyj „Rozwiąż problem”, aby znaleźć przyczynę, „Edytuj”, aby zmienić wiadomość, albo „Wyślij teraz”, gdy problem zostanie usunięty.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Serwer odpowiedział: %1</translation>
    </message>
    <message>
        <source>Message Not Sent</source>
        <translation>Wiadomość nie została wysłana</translation>
    </message>
    <message>
        <source>The message is no longer waiting in the outbox.</source>
        <translation>Wiadomość nie czeka już w skrzynce nadawczej.</translation>
    </message>
    <message>
        <source>Sending "%1" now…</source>
        <translation>Wysyłanie „%1”…</translation>
    </message>
    <message>
        <source>Message Being Sent</source>
        <translation>Wiadomość jest wysyłana</translation>
    </message>
    <message>
        <source>Kurier is sending this message right now, so it cannot be changed. If it fails, you can edit it then.</source>
        <translation>Kurier właśnie wysyła tę wiadomość, więc nie można jej zmienić. Jeśli wysyłanie się nie powiedzie, będzie można ją wtedy edytować.</translation>
    </message>
    <message>
        <source>Remove Message</source>
        <translation>Usuń wiadomość</translation>
    </message>
    <message>
        <source>Remove "%1" from the outbox?</source>
        <translation>Usunąć „%1” ze skrzynki nadawczej?</translation>
    </message>
    <message>
        <source>It was sent; only its entry in this list goes.</source>
        <translation>Wiadomość została wysłana; zniknie tylko jej wpis z tej listy.</translation>
    </message>
    <message>
        <source>Kurier will not send it, and its text and attachments are deleted.</source>
        <translation>Kurier jej nie wyśle, a jej treść i załączniki zostaną usunięte.</translation>
    </message>
    <message>
        <source>Message Not Removed</source>
        <translation>Wiadomość nie została usunięta</translation>
    </message>
    <message>
        <source>Kurier started sending the message in the meantime, so it was not removed.</source>
        <translation>W międzyczasie Kurier zaczął wysyłać tę wiadomość, więc nie została usunięta.</translation>
    </message>
    <message>
        <source>Removed the message from the outbox.</source>
        <translation>Usunięto wiadomość ze skrzynki nadawczej.</translation>
    </message>
    <message>
        <source>Message Not Changed</source>
        <translation>Wiadomość nie została zmieniona</translation>
    </message>
    <message>
        <source>The message's state changed in the meantime; nothing was recorded.</source>
        <translation>W międzyczasie stan wiadomości się zmienił; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Recorded "%1" as sent.</source>
        <translation>Zapisano „%1” jako wysłaną.</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <source>Send "%1" again?</source>
        <translation>Wysłać „%1” ponownie?</translation>
    </message>
    <message>
        <source>The server may already have accepted the first copy. If it did, the recipients will get the message twice. Send it again only if you know it did not arrive, or if a duplicate does no harm.</source>
        <translation>Serwer mógł już przyjąć pierwszą kopię. Jeśli tak, odbiorcy dostaną wiadomość dwukrotnie. Wyślij ją ponownie tylko wtedy, gdy wiesz, że nie dotarła, albo gdy duplikat nie zaszkodzi.</translation>
    </message>
    <message>
        <source>The message's state changed in the meantime; it was not sent again.</source>
        <translation>W międzyczasie stan wiadomości się zmienił; nie została wysłana ponownie.</translation>
    </message>
    <message>
        <source>Sending the message again…</source>
        <translation>Ponowne wysyłanie wiadomości…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Remember it in the keychain</source>
        <translation>&amp;Zapamiętaj je w pęku kluczy</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Hasło do %1</translation>
    </message>
    <message>
        <source>Kurier needs the password of %1 to send your mail through %2. It is kept only until Kurier quits, unless you choose to remember it.</source>
        <translation>Kurier potrzebuje hasła konta %1, aby wysłać Twoją pocztę przez %2. Hasło jest przechowywane tylko do zamknięcia Kuriera, chyba że zdecydujesz się je zapamiętać.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Pokaż hasło</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Wyślij</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check the settings</source>
        <translation>Sprawdź ustawienia</translation>
    </message>
    <message>
        <source>Servers &amp;found:</source>
        <translation>&amp;Znalezione serwery:</translation>
    </message>
    <message>
        <source>Where these values come from</source>
        <translation>Skąd pochodzą te wartości</translation>
    </message>
    <message>
        <source>%1:%2 (%3)</source>
        <translation>%1:%2 (%3)</translation>
    </message>
    <message>
        <source>These are the settings Kurier found. Change anything that your provider tells you differently; the next page tests them.</source>
        <translation>Oto ustawienia znalezione przez Kuriera. Zmień to, co Twój dostawca podaje inaczej; na następnej stronie zostaną sprawdzone.</translation>
    </message>
    <message>
        <source>Enter your provider's outgoing mail server settings. Its help pages list them, usually under "outgoing mail server" or "SMTP".</source>
        <translation>Wpisz ustawienia serwera poczty wychodzącej swojego dostawcy. Znajdziesz je na jego stronach pomocy, zwykle pod hasłem „serwer poczty wychodzącej” lub „SMTP”.</translation>
    </message>
    <message>
        <source>another source of the search</source>
        <translation>inne źródło wyszukiwania</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>ustawione przez Ciebie</translation>
    </message>
    <message>
        <source>found by: %1</source>
        <translation>znalezione przez: %1</translation>
    </message>
    <message>
        <source>Kurier's default</source>
        <translation>domyślne w Kurierze</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Server's domain</source>
        <translation>Domena serwera</translation>
    </message>
    <message>
        <source>who runs the server</source>
        <translation>kto prowadzi serwer</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Zabezpieczenie</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Metoda logowania</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>your email address</source>
        <translation>Twój adres e-mail</translation>
    </message>
    <message>
        <source>Settings to review</source>
        <translation>Ustawienia do sprawdzenia</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>&amp;Ask Me for the Password Each Time</source>
        <translation>&amp;Pytaj mnie o hasło za każdym razem</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Spróbuj &amp;ponownie</translation>
    </message>
    <message>
        <source>Saving the account</source>
        <translation>Zapisywanie konta</translation>
    </message>
    <message>
        <source>Saving the settings, and the password in the system keychain…</source>
        <translation>Zapisywanie ustawień, a hasła w systemowym pęku kluczy…</translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation>Zapisywanie ustawień…</translation>
    </message>
    <message>
        <source>The account "%1" is ready. Click Finish to start using it.</source>
        <translation>Konto „%1” jest gotowe. Kliknij Zakończ, aby zacząć z niego korzystać.</translation>
    </message>
    <message>
        <source>There is no system keychain to keep your password in, and Kurier never writes passwords to a file. Save the account without it, and Kurier will ask you for the password each time it sends mail.</source>
        <translation>Nie ma systemowego pęku kluczy, w którym można by przechować hasło, a Kurier nigdy nie zapisuje haseł w plikach. Zapisz konto bez hasła, a Kurier będzie o nie pytać przy każdym wysyłaniu poczty.</translation>
    </message>
</context>
<context>
    <name>Secrets::KeychainSecretStore</name>
    <message>
        <source>The keychain has no password stored for this account.</source>
        <translation>W pęku kluczy nie ma hasła zapisanego dla tego konta.</translation>
    </message>
    <message>
        <source>No keychain is available on this system (Kurier looked for the Secret Service, for example GNOME Keyring or KWallet), so the password cannot be stored safely.</source>
        <translation>W tym systemie nie ma dostępnego pęku kluczy (Kurier szukał usługi Secret Service, np. GNOME Keyring lub KWallet), więc nie można bezpiecznie zapisać hasła.</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked).</source>
        <translation>Pęk kluczy odmówił dostępu (może być zablokowany).</translation>
    </message>
    <message>
        <source>The keychain reported an error (%1); it may be locked or have no default keyring.</source>
        <translation>Pęk kluczy zgłosił błąd (%1); może być zablokowany albo nie mieć domyślnej bazy kluczy.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>&amp;Cancel Sign-In</source>
        <translation>&amp;Anuluj logowanie</translation>
    </message>
    <message>
        <source>Use a &amp;password instead</source>
        <translation>Użyj &amp;hasła</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Logowanie przez %1</translation>
    </message>
    <message>
        <source>Choose how Kurier signs in to send your mail.</source>
        <translation>Wybierz, jak Kurier ma się logować, aby wysyłać Twoją pocztę.</translation>
    </message>
    <message>
        <source>%1 lets Kurier send your mail after you sign in on %1's own page in your browser. Kurier never sees your %1 password; the permission it receives is kept in the system keychain.</source>
        <translation>%1 pozwala Kurierowi wysyłać Twoją pocztę, gdy zalogujesz się na własnej stronie %1 w przeglądarce. Kurier nigdy nie widzi Twojego hasła do %1; otrzymane uprawnienie jest przechowywane w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <source>Sign in with %1 (recommended)</source>
        <translation>Zaloguj się przez %1 (zalecane)</translation>
    </message>
    <message>
        <source>&amp;Sign In with %1…</source>
        <translation>&amp;Zaloguj się przez %1…</translation>
    </message>
    <message>
        <source>The sign-in page opens in your browser at &lt;b&gt;%1&lt;/b&gt;. Type your password there only if your browser shows that address.</source>
        <translation>Strona logowania otworzy się w przeglądarce pod adresem &lt;b&gt;%1&lt;/b&gt;. Wpisz tam hasło tylko wtedy, gdy przeglądarka pokazuje ten adres.</translation>
    </message>
    <message>
        <source>Signing in to %1</source>
        <translation>Logowanie do %1</translation>
    </message>
    <message>
        <source>%1 lets mail programs sign in through its own page in your browser (OAuth), but this build of Kurier has no OAuth client registered for %1, so Kurier cannot sign in that way.</source>
        <translation>%1 pozwala programom pocztowym logować się przez własną stronę w przeglądarce (OAuth), ale ta wersja Kuriera nie ma zarejestrowanego klienta OAuth dla %1, więc Kurier nie może zalogować się w ten sposób.</translation>
    </message>
    <message>
        <source>%1 accepts no passwords from mail programs either: sending works only once an OAuth client for %1 is configured (see "OAuth sign-in" in Kurier's README).</source>
        <translation>%1 nie przyjmuje też haseł od programów pocztowych: wysyłanie zadziała dopiero po skonfigurowaniu klienta OAuth dla %1 (zob. „OAuth sign-in” w pliku README Kuriera).</translation>
    </message>
    <message>
        <source>Use a password instead, as described below.</source>
        <translation>Zamiast tego użyj hasła, jak opisano poniżej.</translation>
    </message>
    <message>
        <source>You typed no password on the first page: go back to enter it, or Kurier asks for it each time it sends.</source>
        <translation>Na pierwszej stronie nie wpisano hasła: wróć, aby je podać, albo Kurier zapyta o nie przy każdym wysyłaniu.</translation>
    </message>
    <message>
        <source>Kurier uses the password you typed on the first page.</source>
        <translation>Kurier użyje hasła wpisanego na pierwszej stronie.</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in at &lt;b&gt;%1&lt;/b&gt; in your browser…</source>
        <translation>Czekam, aż dokończysz logowanie na &lt;b&gt;%1&lt;/b&gt; w przeglądarce…</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Logowanie zostało anulowane.</translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation>Przygotowywanie logowania…</translation>
    </message>
    <message>
        <source>&amp;Sign In Again with %1…</source>
        <translation>&amp;Zaloguj się ponownie przez %1…</translation>
    </message>
    <message>
        <source>Signed in as %1. Kurier keeps the permission in the system keychain and tests it on the next pages.</source>
        <translation>Zalogowano jako %1. Kurier przechowuje uprawnienie w systemowym pęku kluczy i sprawdzi je na kolejnych stronach.</translation>
    </message>
</context>
<context>
    <name>TroubleshootingDialog</name>
    <message>
        <source>Testing the connection</source>
        <translation>Testowanie połączenia</translation>
    </message>
    <message>
        <source>Kurier checks step by step whether it can reach %1 and sign in.</source>
        <translation>Kurier sprawdza krok po kroku, czy może połączyć się z %1 i zalogować się.</translation>
    </message>
</context>
<context>
    <name>TroubleshootingDialog::Private</name>
    <message>
        <source>Troubleshoot "%1"</source>
        <translation>Rozwiązywanie problemów – „%1”</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Save and Test</source>
        <translation>Zapisz i przetestuj</translation>
    </message>
    <message>
        <source>For your administrator</source>
        <translation>Dla administratora</translation>
    </message>
    <message>
        <source>Copy Text</source>
        <translation>Kopiuj tekst</translation>
    </message>
    <message>
        <source>The text for your administrator is on the clipboard.</source>
        <translation>Tekst dla administratora jest w schowku.</translation>
    </message>
    <message>
        <source>The server's certificate</source>
        <translation>Certyfikat serwera</translation>
    </message>
    <message>
        <source>Test Again</source>
        <translation>Testuj ponownie</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Zapis rozmowy</translation>
    </message>
    <message>
        <source>Connection Test</source>
        <translation>Test połączenia</translation>
    </message>
    <message>
        <source>Sender Domain</source>
        <translation>Domena nadawcy</translation>
    </message>
    <message>
        <source>Copy Diagnostics</source>
        <translation>Kopiuj diagnostykę</translation>
    </message>
    <message>
        <source>Puts a report for a support request on the clipboard. It contains no password.</source>
        <translation>Umieszcza w schowku raport do zgłoszenia pomocy technicznej. Nie zawiera hasła.</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <source>Enter Password…</source>
        <translation>Wpisz hasło…</translation>
    </message>
    <message>
        <source>Create App Password…</source>
        <translation>Utwórz hasło aplikacji…</translation>
    </message>
    <message>
        <source>Use Port 465 with SSL/TLS</source>
        <translation>Użyj portu 465 z SSL/TLS</translation>
    </message>
    <message>
        <source>Use STARTTLS on Port 587</source>
        <translation>Użyj STARTTLS na porcie 587</translation>
    </message>
    <message>
        <source>Edit Account…</source>
        <translation>Edytuj konto…</translation>
    </message>
    <message>
        <source>Show Certificate</source>
        <translation>Pokaż certyfikat</translation>
    </message>
    <message>
        <source>Text for Administrator…</source>
        <translation>Tekst dla administratora…</translation>
    </message>
    <message>
        <source>Open Page</source>
        <translation>Otwórz stronę</translation>
    </message>
    <message>
        <source>Edit Recipients</source>
        <translation>Edytuj odbiorców</translation>
    </message>
    <message>
        <source>Send in Batches</source>
        <translation>Wyślij w partiach</translation>
    </message>
    <message>
        <source>Shrink Attachments</source>
        <translation>Zmniejsz załączniki</translation>
    </message>
    <message>
        <source>Edit Message</source>
        <translation>Edytuj wiadomość</translation>
    </message>
    <message>
        <source>The message was sent</source>
        <translation>Wiadomość została wysłana</translation>
    </message>
    <message>
        <source>The server accepted the message.</source>
        <translation>Serwer przyjął wiadomość.</translation>
    </message>
    <message>
        <source>Opened %1 in your browser.</source>
        <translation>Otwarto %1 w przeglądarce.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Testowanie połączenia z %1…</translation>
    </message>
    <message>
        <source>No password is stored for this account, so signing in was not tested. Enter it above to test it.</source>
        <translation>Dla tego konta nie zapisano hasła, więc logowanie nie zostało sprawdzone. Wpisz je powyżej, aby je przetestować.</translation>
    </message>
    <message>
        <source>The password could not be read from the keychain (%1), so signing in was not tested.</source>
        <translation>Nie udało się odczytać hasła z pęku kluczy (%1), więc logowanie nie zostało sprawdzone.</translation>
    </message>
    <message>
        <source>The connection works</source>
        <translation>Połączenie działa</translation>
    </message>
    <message>
        <source>Kurier connected to %1 and signed in. You can send the message again.</source>
        <translation>Kurier połączył się z %1 i zalogował. Możesz ponownie wysłać wiadomość.</translation>
    </message>
    <message>
        <source>Kurier connected to %1 and everything it checked is in order.</source>
        <translation>Kurier połączył się z %1 i wszystko, co sprawdził, jest w porządku.</translation>
    </message>
    <message>
        <source>Enter the password for %1 (an app password, if your provider gave you one). Kurier stores it in the system keychain and tests it at once.</source>
        <translation>Wpisz hasło dla %1 (hasło aplikacji, jeśli dostawca je wygenerował). Kurier zapisze je w systemowym pęku kluczy i od razu je przetestuje.</translation>
    </message>
    <message>
        <source>Saving the password in the keychain…</source>
        <translation>Zapisywanie hasła w pęku kluczy…</translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation>Hasło nie zostało zapisane: %1</translation>
    </message>
    <message>
        <source>The new password is in the keychain.</source>
        <translation>Nowe hasło jest w pęku kluczy.</translation>
    </message>
    <message>
        <source>The server (%1, port %2) said: %3</source>
        <translation>Serwer (%1, port %2) odpowiedział: %3</translation>
    </message>
    <message>
        <source>The account cannot be changed: the settings file is read-only.</source>
        <translation>Nie można zmienić konta: plik ustawień jest tylko do odczytu.</translation>
    </message>
    <message>
        <source>The account was not changed: %1</source>
        <translation>Konto nie zostało zmienione: %1</translation>
    </message>
    <message>
        <source>The account now uses port %1 with SSL/TLS. Testing again…</source>
        <translation>Konto używa teraz portu %1 z SSL/TLS. Ponowne testowanie…</translation>
    </message>
    <message>
        <source>The account now uses STARTTLS on port %1. Testing again…</source>
        <translation>Konto używa teraz STARTTLS na porcie %1. Ponowne testowanie…</translation>
    </message>
    <message>
        <source>Kurier now trusts the certificate %1 for this account. Testing again…</source>
        <translation>Kurier ufa teraz certyfikatowi %1 dla tego konta. Ponowne testowanie…</translation>
    </message>
    <message>
        <source>--- The failed send ---</source>
        <translation>--- Nieudane wysyłanie ---</translation>
    </message>
    <message>
        <source>--- The connection test ---</source>
        <translation>--- Test połączenia ---</translation>
    </message>
    <message>
        <source>Kurier %1 diagnostics, %2</source>
        <translation>Diagnostyka Kuriera %1, %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Server: %1, port %2</source>
        <translation>Serwer: %1, port %2</translation>
    </message>
    <message>
        <source>Security: %1</source>
        <translation>Zabezpieczenia: %1</translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation>Logowanie: %1</translation>
    </message>
    <message>
        <source>Sender domain: %1</source>
        <translation>Domena nadawcy: %1</translation>
    </message>
    <message>
        <source>Category: %1; rule: %2</source>
        <translation>Kategoria: %1; reguła: %2</translation>
    </message>
    <message>
        <source>Reply: %1 %2</source>
        <translation>Odpowiedź: %1 %2</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Serwer odpowiedział: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Test połączenia</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>Domena nadawcy</translation>
    </message>
    <message>
        <source>Kurier did not copy the report because it could not remove the password from it.</source>
        <translation>Kurier nie skopiował raportu, ponieważ nie zdołał usunąć z niego hasła.</translation>
    </message>
    <message>
        <source>The diagnostics report is on the clipboard. It contains no password.</source>
        <translation>Raport diagnostyczny jest w schowku. Nie zawiera hasła.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <source>Cancel Sign-In</source>
        <translation>Anuluj logowanie</translation>
    </message>
    <message>
        <source>What went wrong and how to fix it</source>
        <translation>Co poszło nie tak i jak to naprawić</translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation>Zaloguj się ponownie…</translation>
    </message>
    <message>
        <source>Sign In with %1…</source>
        <translation>Zaloguj się przez %1…</translation>
    </message>
    <message>
        <source>Kurier has no valid sign-in for this account, so signing in was not tested.</source>
        <translation>Kurier nie ma ważnego zalogowania dla tego konta, więc logowanie nie zostało sprawdzone.</translation>
    </message>
    <message>
        <source>This build of Kurier has no OAuth client for %1, so it cannot sign in through the browser. Use an app password instead.</source>
        <translation>Ta wersja Kuriera nie ma klienta OAuth dla %1, więc nie może zalogować się przez przeglądarkę. Użyj zamiast tego hasła do aplikacji.</translation>
    </message>
    <message>
        <source>Kurier knows no browser sign-in for this account's provider.</source>
        <translation>Kurier nie zna logowania przez przeglądarkę dla dostawcy tego konta.</translation>
    </message>
    <message>
        <source>Sign in to %1 in your browser; Kurier keeps the new permission in the system keychain and tests it at once. The sign-in page opens at &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Zaloguj się do %1 w przeglądarce; Kurier zachowa nowe uprawnienie w systemowym pęku kluczy i od razu je sprawdzi. Strona logowania otworzy się pod adresem &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in at &lt;b&gt;%1&lt;/b&gt; in your browser…</source>
        <translation>Czekam, aż dokończysz logowanie na &lt;b&gt;%1&lt;/b&gt; w przeglądarce…</translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation>Przygotowywanie logowania…</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Logowanie zostało anulowane.</translation>
    </message>
    <message>
        <source>The sign-in did not work: %1</source>
        <translation>Logowanie nie powiodło się: %1</translation>
    </message>
    <message>
        <source>Signed in with %1; the account now signs in through %1. Testing again…</source>
        <translation>Zalogowano przez %1; konto loguje się teraz przez %1. Ponowny test…</translation>
    </message>
    <message>
        <source>Signed in again with %1. Testing again…</source>
        <translation>Zalogowano ponownie przez %1. Ponowny test…</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>&amp;Test Settings</source>
        <translation>&amp;Sprawdź ustawienia</translation>
    </message>
    <message>
        <source>Save &amp;anyway, without a successful test</source>
        <translation>Zapisz &amp;mimo to, bez udanego testu</translation>
    </message>
    <message>
        <source>Test the settings</source>
        <translation>Sprawdzanie ustawień</translation>
    </message>
    <message>
        <source>Kurier connects to the server and signs in, step by step, without sending any mail.</source>
        <translation>Kurier łączy się z serwerem i loguje krok po kroku, nie wysyłając żadnej wiadomości.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Use SSL/TLS</source>
        <translation>Użyj SSL/TLS</translation>
    </message>
    <message>
        <source>Use STARTTLS</source>
        <translation>Użyj STARTTLS</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <source>Edit Settings</source>
        <translation>Edytuj ustawienia</translation>
    </message>
    <message>
        <source>%1, port %2, %3, sign-in: %4</source>
        <translation>%1, port %2, %3, logowanie: %4</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>&amp;Test Again</source>
        <translation>&amp;Sprawdź ponownie</translation>
    </message>
    <message>
        <source>The server works. Kurier could not test signing in without a password; it will ask for it when you send.</source>
        <translation>Serwer działa. Bez hasła Kurier nie mógł sprawdzić logowania; zapyta o nie przy wysyłaniu.</translation>
    </message>
    <message>
        <source>Everything works. Save the account to start sending.</source>
        <translation>Wszystko działa. Zapisz konto, aby zacząć wysyłać.</translation>
    </message>
    <message>
        <source>The test failed. Fix the problem below and test again, or save the settings anyway.</source>
        <translation>Test się nie powiódł. Usuń problem opisany poniżej i sprawdź ponownie albo zapisz ustawienia mimo to.</translation>
    </message>
    <message>
        <source>Sign In Again</source>
        <translation>Zaloguj się ponownie</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Test połączenia</translation>
    </message>
    <message>
        <source>The server works, but Kurier could not test signing in: %1</source>
        <translation>Serwer działa, ale Kurier nie mógł sprawdzić logowania: %1</translation>
    </message>
</context>
</TS>