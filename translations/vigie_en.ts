<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CliContext</name>
    <message>
        <source>vigie-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>SSH port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the SSH agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection timeout in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: vigie-cli exec [options] USER@HOST -- COMMAND...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a server of the fleet nor USER@HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a key with --key NAME (see vigie-cli keys list) or --agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key named %1 in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Run: vigie-cli hosts trust --port %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecResult</name>
    <message>
        <source>exited with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server reported no exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostsCommand</name>
    <message numerus="yes">
        <source>Removed %n key(s) for %1.</source>
        <translation>
            <numerusform>Removed %n key for %1.</numerusform>
            <numerusform>Removed %n keys for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 offers this %2 key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: keys of other types are already known for this host (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint mismatch: expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this host key? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted: pass --yes or --fingerprint to trust non-interactively</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts: missing subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust only this SHA256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts %1 needs exactly one HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts: unknown subcommand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hashed host name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>wrong number of arguments (see vigie-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys: missing subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the key&apos;s passphrase from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the passphrase in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys generate needs --name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 (%2). Add this line to ~/.ssh/authorized_keys on the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys. Import one with: vigie-cli keys import --name NAME FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys: unknown subcommand %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateKeyFile</name>
    <message>
        <source>Vigie supports Ed25519, ECDSA (NIST P-256, P-384, P-521) and RSA keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenSSH private key is truncated or damaged: %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported key type &quot;%1&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public part of the key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is damaged: its check bytes differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is damaged: its public and private parts do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is damaged: the Ed25519 key is inconsistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ECDSA key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RSA key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is damaged: unexpected data after the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is damaged: its padding is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenSSH private key is truncated: its END line is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenSSH private key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenSSH private key is damaged: its body is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not in the openssh-key-v1 format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n keys; Vigie imports exactly one key per file.</source>
        <translation>
            <numerusform>The file holds %n key; Vigie imports exactly one key per file.</numerusform>
            <numerusform>The file holds %n keys; Vigie imports exactly one key per file.</numerusform>
        </translation>
    </message>
    <message>
        <source>the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is encrypted with an unsupported method (%1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenSSH private key is damaged: it is not encrypted but names a key derivation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported elliptic curve. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while reading the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is encrypted: its passphrase is needed to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM private key cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM private key cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public part of the PEM key cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a public key. Choose the private key file (the one without .pub).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PuTTY/ssh.com private keys are not supported; convert the key to the OpenSSH format first (puttygen KEY -O private-openssh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PuTTY .ppk keys are not supported; convert the key to the OpenSSH format first (puttygen KEY.ppk -O private-openssh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a private key file: expected an OpenSSH or PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>The server needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host must be a host name or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is not a valid Unix login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a key from the keychain, or the SSH agent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting: looking up the host name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting: SSH handshake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting: waiting for you to check the server&apos;s host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting: logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting: waiting for the key&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServersCommand</name>
    <message>
        <source>servers: missing subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the SSH agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key named %1 in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>servers remove needs exactly one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>servers: unknown subcommand %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshAuthenticator</name>
    <message>
        <source>the server offers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshError</name>
    <message>
        <source>%1 refused the connection. Check the host and the SSH port, and that sshd is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. The server may be down, overloaded or behind a firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved. Check its spelling and your DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error while connecting to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed: no common algorithms, or this is not an SSH server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet. Check its fingerprint and trust it before connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has CHANGED. Someone may be intercepting the connection, or the server was reinstalled. Vigie refused to connect and sent no credentials. Known: %2 (%3, line %4). Offered now: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key offered by %1 is marked as revoked in %2 (line %3). Vigie refused to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 was not accepted. Nothing was sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The known hosts file %1 cannot be read (line %2). Vigie will not connect until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the key. Add its public key to the user&apos;s authorized_keys on the server, or choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept public key authentication for this user. Vigie only logs in with keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSH agent is running (SSH_AUTH_SOCK is not set or not reachable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH agent holds no keys, or %1 accepted none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key cannot be used: its format is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key could not be read from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to run the command (channel failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the RSA key: this build of Vigie uses libssh2 %2, which cannot sign with rsa-sha2 as current OpenSSH servers require. Use an Ed25519 or ECDSA key (Vigie can generate an Ed25519 key), or a build with libssh2 1.11 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operations console for servers reached over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keys could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your servers could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie-cli</name>
    <message>
        <source>Usage: vigie-cli &lt;command&gt; [options]

Commands:
  keys import --name NAME [--passphrase-stdin] [--remember-passphrase] FILE
  keys generate --name NAME
  keys list [--json]
  keys rename OLD NEW
  keys delete NAME
  keys export-public NAME
  hosts list [--json]
  hosts trust [--port N] [--yes | --fingerprint SHA256:...] HOST
  hosts forget [--port N] HOST
  servers add --name NAME --host HOST [--port N] --user USER (--key NAME | --agent) [--group GROUP]
  servers list [--json]
  servers remove NAME
  exec [--port N] [--key NAME | --agent] [--timeout S] USER@HOST -- COMMAND...
  exec SERVER -- COMMAND...
  --version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::ConnectionTest</name>
    <message>
        <source>Test command: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::EmptyFleetWidget</name>
    <message>
        <source>No servers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server (host, SSH port, user) and choose a key from the keychain — or import or generate one in Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::Fleet</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read, so Vigie will not change it. Repair it or move it away, then restart Vigie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::FleetModel</name>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::HostKeyDialog</name>
    <message>
        <source>Unknown host key — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigie cannot confirm the identity of %1: it has never connected to this server before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers a %1-bit %2 key. Its SHA256 fingerprint is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the fingerprint given by the server&apos;s administrator, who can print it on the server with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the key only if both fingerprints are identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigie already knows a key of another type (%1) for this host: the server may have been reconfigured — check with its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you trust it, Vigie records it in %1 and will refuse to connect if it ever changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key changed — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has CHANGED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection (a man-in-the-middle attack), or the server was reinstalled or reconfigured. Vigie refused to connect and sent no credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint Vigie knows for this host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint the server offers now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The known key is recorded in %1, line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not connect until the server&apos;s administrator confirms the new fingerprint. If the change is expected, remove the old key, then connect again to check and trust the new one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(or delete line %1 of %2 in a text editor).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::ImportKeyDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember passphrase in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, “-”, “_”, “.” and “@”, up to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name in Vigie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is copied into the system keychain; the file itself is left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(shown once the passphrase is entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigie will connect without asking for the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is protected by a passphrase: Vigie will ask for it at each connection unless you let the keychain remember it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may contain letters, digits, “-”, “_”, “.” and “@” (1 to 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::KeyManagerDialog</name>
    <message>
        <source>Talking to the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private keys are kept in the system keychain. Vigie itself only stores their names and public parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate Ed25519…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export public key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a private key file, e.g. from ~/.ssh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the authorized_keys line of the key to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys yet. Import an existing private key (for example ~/.ssh/id_ed25519) or generate a new Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this line to ~/.ssh/authorized_keys of the user Vigie logs in as, on each server that should accept this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private keys (id_* *.pem *.key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key “%1” imported into the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate an Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key “%1” generated and stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key “%1” renamed to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the key “%1”? Its private key is removed from the keychain. If Vigie generated it, that is its only copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) log in with it and will no longer connect: %1</source>
        <translation>
            <numerusform>%n server logs in with it and will no longer connect: %1</numerusform>
            <numerusform>%n servers log in with it and will no longer connect: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key of “%1” is in the clipboard, ready to be added to ~/.ssh/authorized_keys on a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key of “%1” saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key “%1” imported, but this build of Vigie uses libssh2 %2, which cannot sign with rsa-sha2 as current OpenSSH servers require: prefer an Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::KeyRing</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by an unsupported version of Vigie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: entry %2 is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read, so Vigie will not change it. Repair it or move it away, then restart Vigie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid key name &quot;%1&quot;: use 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; or &apos;@&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is already imported as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is already being imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be generated (OpenSSL failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain no longer holds the private key &quot;%1&quot;. Remove it from Vigie and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the private key &quot;%1&quot; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the passphrase of &quot;%1&quot; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::KeyTableModel</name>
    <message>
        <source>none</source>
        <comment>passphrase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked at connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigie asks for the passphrase at each connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server to the fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect and test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the selected server and run a test command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the SSH keys kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Vigie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key “%1”, which is not in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key “%1” (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from the fleet? Nothing is changed on the server, and its host key stays in Vigie&apos;s known hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “%1” is not in the keychain: import it in Keys…, or edit the server to choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Vigie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;An operations console for multi-tenant SaaS servers, over SSH.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libssh2 %1, Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::PassphraseDialog</name>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase, try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “%1” is protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To connect to %1, enter the passphrase of the key “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::SecretStore</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock the keychain or allow Vigie to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no unlocked default keyring (it may be locked, or its unlock prompt could not be shown): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry is damaged or incomplete (a part of it is missing). Store the secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is too large for the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: Vigie needs the system keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows) to store keys and never stores them elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::ServerEditorDialog</name>
    <message>
        <source>Add server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. clinic-prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key “%1” (not in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key in the keychain yet: use Keys… to import or generate one, or log in with the SSH agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is not in the keychain: import it again in Keys…, or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no group</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::ServerOverview</name>
    <message>
        <source>Select a server in the list to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects (if needed) and runs “%1” on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output of the test command appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet: it is shown once connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command round trip %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no group</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::SshSessionWorker</name>
    <message>
        <source>no TCP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer during the SSH handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create an SSH session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported host key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer to keepalives for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::TcpConnector</name>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
