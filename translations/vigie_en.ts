<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Assessment</name>
    <message>
        <source>connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS: %1 does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid certificate covers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS answers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup configured for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recent backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than 10 % available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>latest is %n hour(s) old</source>
        <translation>
            <numerusform>latest is %n hour old</numerusform>
            <numerusform>latest is %n hours old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) missing</source>
        <translation>
            <numerusform>%n day missing</numerusform>
            <numerusform>%n days missing</numerusform>
        </translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS does not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupParser</name>
    <message>
        <source>No backup target in the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: needs root or passwordless sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateParser</name>
    <message>
        <source>No PEM certificate in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s validity dates could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: needs root or passwordless sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>vigie-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeParser</name>
    <message>
        <source>The docker socket needs root, the docker group or sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container without its compose project or name on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker ps printed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseParser</name>
    <message>
        <source>The tenant list is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectCommand</name>
    <message>
        <source>Save it as the server&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: vigie-cli detect [--save] SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server named %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>days, then hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours, then minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>an age, e.g. 14 h ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format: day and month, no year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>organization (common name)</comment>
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
    <name>Fail2banParser</name>
    <message>
        <source>fail2ban-client printed no status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthParser</name>
    <message>
        <source>curl failed (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health checks</source>
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
    <name>LogsCommand</name>
    <message>
        <source>Keep printing new lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: vigie-cli logs SERVER SOURCE [--follow]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetaParser</name>
    <message>
        <source>The server&apos;s clock is missing from the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the server&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pm2Parser</name>
    <message>
        <source>pm2 printed no process list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process list is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry of the process list has no name, id or state.</source>
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
    <name>ProbeScript</name>
    <message>
        <source>Left out of the probe, not valid: %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PM2 command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PM2 home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compose project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cron path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psql command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant database prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant health path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant resolve address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeText</name>
    <message>
        <source>The output is too large to be what the probe sent (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output contains terminal escape sequences (line %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output contains control characters (line %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected output on line %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command printed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDetector</name>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several PM2 homes found (%1): set the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No /etc/letsencrypt/live: set where the certificates are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant databases look like %1&lt;id&gt;: write the query that lists tenants from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewalParser</name>
    <message>
        <source>The output ends before the search did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, next run %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no run scheduled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionCheck</name>
    <message>
        <source>The probe returned nothing for this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output stopped before the end of this section (connection lost or output cut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n ms: the section&apos;s time limit.</source>
        <translation>
            <numerusform>Stopped after %n ms: the section&apos;s time limit.</numerusform>
            <numerusform>Stopped after %n ms: the section&apos;s time limit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not configured in the server&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd is not running on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs root or passwordless sudo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PM2 daemon is not running (no %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe could not create its temporary directory on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output cut at %1 bytes: only part of it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output cut at %1 bytes.</source>
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
    <name>ServerProfile</name>
    <message>
        <source>The profile has no id.</source>
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
    <message>
        <source>Nothing added: pass --yes to add these servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in profile preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile JSON file to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh_config file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import each IdentityFile into the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every host without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown profile %1 (presets: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCommands</name>
    <message>
        <source>Not a PM2 application of this server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown log %1: use a log of the server&apos;s profile or pm2:&lt;app&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a unit of this server&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid unit name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid compose project or service name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid certificate name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid backup path %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid path %1.</source>
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
    <name>SshConfigImport</name>
    <message>
        <source>%1 %2 is not supported: Vigie connects directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file uses Include, which is not followed: check the imported values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
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
    <name>StatusCommand</name>
    <message>
        <source>JSON output.</source>
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
        <source>no server named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no servers: add one with vigie-cli servers add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemdParser</name>
    <message>
        <source>A unit without its Id in the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit in the output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UfwParser</name>
    <message>
        <source>ufw did not say whether it is active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VitalsParser</name>
    <message>
        <source>df printed no table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load average could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory figures could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uptime could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the host&apos;s vitals</source>
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
        <source>unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
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
  servers add --name NAME --host HOST [--port N] --user USER (--key NAME | --agent) [--group GROUP] [--profile PRESET | --profile-file FILE]
  servers list [--json]
  servers remove NAME
  servers import-ssh-config [--file FILE] [--import-keys] [--yes]
  status [--json] [--timeout S] [SERVER...]
  detect [--save] SERVER
  logs [--follow] [--lines N] SERVER SOURCE
  exec [--port N] [--key NAME | --agent] [--timeout S] USER@HOST -- COMMAND...
  exec SERVER -- COMMAND...
  --version
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::AlertNotifier</name>
    <message>
        <source>Vigie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::BackupFileTableModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::BackupTableModel</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>no backup found in %1 matching %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the latest backup is %1 old, more than %n hour(s)</source>
        <translation>
            <numerusform>the latest backup is %1 old, more than %n hour</numerusform>
            <numerusform>the latest backup is %1 old, more than %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>the latest backup is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not every backup is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <comment>no missing day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without a backup within the retention window: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age of the latest backup, by the server&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup files found for this target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without a backup within the retention window (today excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of each backup, oldest on the left, newest on the right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::BackupsDashboard</name>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the selected backup decrypts and that its archive is readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected backup to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup target in the server&apos;s profile: Vigie cannot tell whether this server is backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s profile names no backup command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 on the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 over %Ln backup(s)</source>
        <translation>
            <numerusform>%1 – %2 over %Ln backup</numerusform>
            <numerusform>%1 – %2 over %Ln backups</numerusform>
        </translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::CertificateLiveCheck</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx serves another certificate (expires %1): reload nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host name to check in the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reachable from this desktop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>served (matches the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::CertificateTableModel</name>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory of the certificate (certbot&apos;s certificate name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host names the certificate is valid for (SANs); *.name covers one label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the server actually serves this certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::CertificatesDashboard</name>
    <message>
        <source>Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask certbot to renew the selected certificate now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic renewal found: neither a certbot timer nor a cron line mentioning certbot. Certificates will expire unless renewed by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certbot.timer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cron: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the certificate “%1” on %2 now? certbot asks the certificate authority for a new certificate at once (its rate limits apply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::ComposeTableModel</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker status</source>
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
    <name>vigie::DashboardActions</name>
    <message>
        <source>Vigie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart pm2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile of %1 has no backup command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download failed: %1</source>
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
    <name>vigie::FirewallRuleModel</name>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
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
    <name>vigie::FleetMonitor</name>
    <message>
        <source>the probe returned more than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::FleetOverview</name>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worst status of each area at the last refresh. Click a status to open that dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <comment>servers</comment>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <comment>servers</comment>
        <translation>
            <numerusform>%n with warnings</numerusform>
            <numerusform>%n with warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OK</source>
        <comment>servers</comment>
        <translation>
            <numerusform>%n OK</numerusform>
            <numerusform>%n OK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not refreshed or unknown</source>
        <comment>servers</comment>
        <translation>
            <numerusform>%n not refreshed or unknown</numerusform>
            <numerusform>%n not refreshed or unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::FleetOverviewModel</name>
    <message>
        <source>%1: %2</source>
        <comment>finding: subject, message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the %1 dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worst status found in this area at the last refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::HealthCheckTableModel</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
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
    <name>vigie::HostVitalsPanel</name>
    <message>
        <source>Average number of processes running or waiting over the last 1, 5 and 15 minutes. Above the number of CPUs, work is queuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked as %1 (root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked as %1 (sudo without password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked as %1 (no sudo: some checks are limited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <comment>load averages over 1, 5 and 15 minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %Ln CPU(s)</source>
        <translation>
            <numerusform>%1 on %Ln CPU</numerusform>
            <numerusform>%1 on %Ln CPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 used, %3 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory in use by programs (the page cache counts as available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 used, %3 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disk reported.</source>
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
    <name>vigie::JailTableModel</name>
    <message>
        <source>Jail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned in total</source>
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
    <name>vigie::LogTailWindow</name>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following this log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::LogView</name>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold new output back (it is kept and shown when you resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the lines shown so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paused: %Ln new line(s) waiting</source>
        <translation>
            <numerusform>Paused: %Ln new line waiting</numerusform>
            <numerusform>Paused: %Ln new lines waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) received</source>
        <translation>
            <numerusform>%Ln line received</numerusform>
            <numerusform>%Ln lines received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln skipped to keep up)</source>
        <translation>
            <numerusform>%1 (%Ln skipped to keep up)</numerusform>
            <numerusform>%1 (%Ln skipped to keep up)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[Vigie: %Ln line(s) skipped to keep up]</source>
        <translation>
            <numerusform>[Vigie: %Ln line skipped to keep up]</numerusform>
            <numerusform>[Vigie: %Ln lines skipped to keep up]</numerusform>
        </translation>
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
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected server&apos;s state again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every server of the fleet regularly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed; data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from ~/.ssh/config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add servers from an OpenSSH client configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detect profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at what the server runs and propose a profile</source>
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
    <name>vigie::Pm2TableModel</name>
    <message>
        <source>%1 of %2 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2: %Ln restart(s), CPU %3, memory %4</source>
        <translation>
            <numerusform>#%1 %2: %Ln restart, CPU %3, memory %4</numerusform>
            <numerusform>#%1 %2: %Ln restarts, CPU %3, memory %4</numerusform>
        </translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster: several processes share the port; fork: a single process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes running this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts since PM2 started the app (all instances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU use of all instances, in % of one CPU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::ProfileDetection</name>
    <message>
        <source>Detect profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PM2 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compose projects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup set(s)</source>
        <translation>
            <numerusform>%n backup set</numerusform>
            <numerusform>%n backup sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n health URL(s)</source>
        <translation>
            <numerusform>%n health URL</numerusform>
            <numerusform>%n health URLs</numerusform>
        </translation>
    </message>
    <message>
        <source>Found on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it as this server&apos;s profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this profile</source>
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
    <name>vigie::SectionPanel</name>
    <message>
        <source>Not installed on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs root or sudo on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not answer within %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output was too long: only its beginning is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::ServerDashboards</name>
    <message>
        <source>Select a server in the list to see its dashboards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh failed: %1

Press Refresh (F5) to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed yet — press Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last refresh failed: %1 What you see is from %2.</source>
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
    <message>
        <source>Host only (vitals and certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server&apos;s own profile (Detect, or edited by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
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
    <name>vigie::ServicesDashboard</name>
    <message>
        <source>Restart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service to re-read its configuration without stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the app&apos;s processes one at a time (no downtime in cluster mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PM2 apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail2ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall (ufw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not run systemd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit to watch: list them in the server&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PM2 runs no app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health URL is checked: add them to the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall state is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Active, %Ln rule(s)</source>
        <translation>
            <numerusform>Active, %Ln rule</numerusform>
            <numerusform>Active, %Ln rules</numerusform>
        </translation>
    </message>
    <message>
        <source>Inactive: ufw filters nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jail is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart “%1” on %2? It stops and starts again: the connections it is serving are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload “%1” on %2? It re-reads its configuration without stopping; an invalid configuration can still stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restart the PM2 app “%1” on %2? Its %n process(es) stop and start again; requests in flight may fail.</source>
        <translation>
            <numerusform>Restart the PM2 app “%1” on %2? Its %n process stops and starts again; requests in flight may fail.</numerusform>
            <numerusform>Restart the PM2 app “%1” on %2? Its %n processes stop and start again; requests in flight may fail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reload the PM2 app “%1” on %2? Its %n process(es) are replaced one at a time.</source>
        <translation>
            <numerusform>Reload the PM2 app “%1” on %2? Its %n process is replaced.</numerusform>
            <numerusform>Reload the PM2 app “%1” on %2? Its %n processes are replaced one at a time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart the service “%1” of the Compose project “%2” on %3? Its containers stop and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pm2 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::SshConfigImportDialog</name>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the identity files into the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from SSH config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys already in the keychain under the same name are reused. Without a key, the server uses the SSH agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an SSH config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host found in this file (patterns with * or ? are defaults, not servers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already in the fleet, skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses the SSH agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 imported into the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 could not be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses the SSH agent instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: added (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) added.</source>
        <translation>
            <numerusform>%n server added.</numerusform>
            <numerusform>%n servers added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): see below.</source>
        <translation>
            <numerusform>%n problem: see below.</numerusform>
            <numerusform>%n problems: see below.</numerusform>
        </translation>
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
<context>
    <name>vigie::TenantTableModel</name>
    <message>
        <source>missing</source>
        <comment>database</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no certificate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no backup</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address the host name resolves to, seen from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate whose names cover the host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP status of the tenant&apos;s health URL over HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::TenantsDashboard</name>
    <message>
        <source>Only tenants with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tenants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s profile does not say how to list tenants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n tenant</numerusform>
            <numerusform>%n tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n with problems</source>
        <translation>
            <numerusform>%1, %n with problems</numerusform>
            <numerusform>%1, %n with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n shown)</source>
        <translation>
            <numerusform>%1 (%n shown)</numerusform>
            <numerusform>%1 (%n shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::UnitTableModel</name>
    <message>
        <source>not found</source>
        <comment>systemd unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>systemd unit state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
