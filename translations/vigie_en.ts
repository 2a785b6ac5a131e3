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
    <message>
        <source>directory %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 (needs root or passwordless sudo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1, none match %2</source>
        <translation>
            <numerusform>%n file in %1, none match %2</numerusform>
            <numerusform>%n files in %1, none match %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(for example %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: no file matches %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not watched (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate directory is configured, or none was found on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup directory is configured for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant list is configured for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no container: the project is not up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>restarts in a loop (%n restart(s))</source>
        <translation>
            <numerusform>restarts in a loop (%n restart)</numerusform>
            <numerusform>restarts in a loop (%n restarts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restarted %n time(s), last start %1 s ago</source>
        <translation>
            <numerusform>restarted once, last start %1 s ago</numerusform>
            <numerusform>restarted %n times, last start %1 s ago</numerusform>
        </translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker daemon does not answer (%1): %2 cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither postqueue nor mailq is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deferred</source>
        <translation>
            <numerusform>%n deferred</numerusform>
            <numerusform>%n deferred</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the queue</source>
        <translation>
            <numerusform>%n in the queue</numerusform>
            <numerusform>%n in the queue</numerusform>
        </translation>
    </message>
    <message>
        <source>systemctl told nothing about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running (pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: pid %1 of %2 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: no pid file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no systemd on the server and no pid file in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the key file (needs root or passwordless sudo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openssl is not installed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file holds no key openssl can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookup failed (dig exit code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DKIM key published in DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key in DNS is not the key on disk: signatures fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS publishes the key on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused: nothing listens there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate served: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate file holds no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the certificate on disk (not reloaded?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>mail TLS: what is wrong, then the expiry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No systemd unit, PM2, Compose project, health URL or mail server is configured or detected for this server.</source>
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
    <message>
        <source>The Docker daemon does not answer: %1</source>
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
    <name>DeployCommand</name>
    <message>
        <source>Already at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new commit(s), %1 -&gt; %2:</source>
        <translation>
            <numerusform>%n new commit, %1 -&gt; %2:</numerusform>
            <numerusform>%n new commits, %1 -&gt; %2:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed file(s):</source>
        <translation>
            <numerusform>%n changed file:</numerusform>
            <numerusform>%n changed files:</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: migrations changed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the server&apos;s working copy has local changes (%1); the deploy will refuse to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application (from the profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commit to deploy (default: the head of the profile&apos;s branch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the database migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a database snapshot first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --migrations: the application&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: vigie-cli deploy SERVER --app NAME [--commit SHA] [--migrations] [--snapshot] (--plan [--json] | --yes [--confirm NAME])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a deploy application of %2&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations may have run: the database snapshot taken before them is %1 (vigie-cli restore %2 --database %3 --backup %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployPlanner</name>
    <message numerus="yes">
        <source>The health check of %1 failed %n time(s).</source>
        <translation>
            <numerusform>The health check of %1 failed %n time.</numerusform>
            <numerusform>The health check of %1 failed %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid application name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid path %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid git remote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid git branch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid commit %1: expected a hexadecimal hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command of %1 in the profile spans several lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has neither PM2 processes nor a Compose project to reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Compose project %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid PM2 process name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid health URL %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no migration command in the server&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid database name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no database to snapshot in the server&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s psql command has no psql to derive pg_dump from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid safety dump directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy %1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has local changes to tracked files; a deploy would lose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the current commit of %1 (the rollback target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot the database %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit %1 is not on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch %1 and check that %2 is on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch %1 to commit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the dependencies of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the database migrations of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload %1 with PM2 (zero downtime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild and restart the Compose project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Check the health of %1 (%n attempt(s))</source>
        <translation>
            <numerusform>Check the health of %1 (%n attempt)</numerusform>
            <numerusform>Check the health of %1 (%n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 as the deployed commit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1 to the previous commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s git output is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s git output has no valid commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of changes is too large to show.</source>
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
    <name>JournalEntry</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalExport</name>
    <message>
        <source>This is not a Vigie journal export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV text ends inside a quoted cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalLogStore</name>
    <message>
        <source>The journal cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal has no entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalSchema</name>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal was written by a newer version of Vigie (schema %1; this version knows up to %2). It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is an SQLite database but not a Vigie journal. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal cannot be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal cannot be updated to schema %1: %2</source>
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
    <name>KnownHosts</name>
    <message>
        <source>The host name is not a valid host name or IP address (allowed: letters, digits and . - _ : %), so it cannot be written to known_hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program (lock file %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the host is trusted through a wildcard pattern that covers other hosts too; edit that line by hand.</source>
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
    <name>MailParser</name>
    <message>
        <source>dig is not installed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail checks did not run to their end.</source>
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
    <name>NameRules</name>
    <message>
        <source>The database name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database name is %1 bytes long; PostgreSQL allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name starts or ends with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not start with &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains an invisible or control character (U+%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An apostrophe is only allowed between two letters (as in &quot;l&apos;Europe&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains &apos;%1&apos;, which is not allowed; use letters, digits, spaces and . , &amp; ( ) - + &apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name mixes letters of different alphabets (for example a Cyrillic letter that looks like a Latin one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains two spaces in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subdomain is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subdomain is %1 bytes long; a DNS label has at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subdomain must be lower case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subdomain &quot;%1&quot; may only contain a-z, 0-9 and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subdomain must not start or end with &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punycode subdomains (xn--…) are not accepted; use plain letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subdomain &quot;%1&quot; is reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; may only contain letters, digits and &apos;_&apos;, and must not start with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database name &quot;%1&quot; may only contain a-z, 0-9 and &apos;_&apos;, and must not start with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationChecks</name>
    <message>
        <source>Free space in %1 is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the tenants of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant subdomain %1 is already taken (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to %2 on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not resolve on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 covers %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate covering %1 has expired (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate covers %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates could not be read; whether one covers %1 is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database&apos;s file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not query PostgreSQL about %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist (only a restore to a copy or a new database makes sense).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n open connection(s).</source>
        <translation>
            <numerusform>%1: %2, %n open connection.</numerusform>
            <numerusform>%1: %2, %n open connections.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup of %1 found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) found.</source>
        <translation>
            <numerusform>%n backup found.</numerusform>
            <numerusform>%n backups found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup decrypts and lists %n entries.</source>
        <translation>
            <numerusform>The backup decrypts and lists %n entry.</numerusform>
            <numerusform>The backup decrypts and lists %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup could not be verified (exit %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A whole SQL script from pg_dump, creating %n table(s).</source>
        <translation>
            <numerusform>A whole SQL script from pg_dump, creating %n table.</numerusform>
            <numerusform>A whole SQL script from pg_dump, creating %n tables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A whole tar.gz archive of %n file(s).</source>
        <translation>
            <numerusform>A whole tar.gz archive of %n file.</numerusform>
            <numerusform>A whole tar.gz archive of %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. [%2] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    undo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If step %1 or a later one fails, these run automatically:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation required: type %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>this plan has destructive steps: add --confirm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by run %2 (%3), which died without releasing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by run %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To undo what succeeded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan and stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --plan: print it as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the plan without questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server named %1</source>
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
    <name>PostgresCommands</name>
    <message>
        <source>%1 can be written by other users and has no sticky bit: choose a directory only this account can write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
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
    <message>
        <source>postfix configuration directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS listener</source>
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
        <source>Tenant databases look like %1&lt;id&gt;: write the query that lists tenants from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker did not answer (%1): Compose projects could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several PostgreSQL containers (%1): the databases of %2 are used; change psqlCommand for another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 taken for dumps of %3: check the backup script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate found (no /etc/letsencrypt/live, none in nginx): set where the certificates are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single wildcard name in nginx: the tenants&apos; domain is left empty (their subdomains are not checked).</source>
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
    <name>ProvisionCommand</name>
    <message>
        <source>The tenant&apos;s display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s subdomain (default: suggested from the name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new tenant&apos;s UUID (default: a new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: vigie-cli provision SERVER --name NAME [--subdomain LABEL] [--tenant-id UUID] (--plan [--json] | --yes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvisionPlanner</name>
    <message>
        <source>The profile has no psql command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no valid central database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no valid tenant database prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no tenant query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no tenant domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s tenant domain is not a DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s tenant health path is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s tenant resolve address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s provisioning script is not an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s subdomain script is not an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has neither a provisioning script nor the SQL that registers a tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no valid tenant migrations directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s tenant database owner is not a valid role name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no other tenant uses the subdomain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subdomain is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tenant already uses the subdomain %1 (or one that differs only by &apos;-&apos;, &apos;_&apos; or case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has tables: migrations were applied before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A migration file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No *.sql file in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subdomain %1 is too close to the existing %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant id must be a lower-case UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register %1 as provisioned in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the server&apos;s provisioning script for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the subdomain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s psql command has no psql to log in as the tenant database owner with: set the migrations psql command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations never run as a role that is or can become a superuser; set the profile&apos;s tenant database owner. The migrations connection logs in as (role|superuser):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations run only logged in as the role %1, which must not be or become a superuser. The migrations connection logs in as (role|superuser):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the migrations of %1 to %2 with the psql command&apos;s own login (refused for a superuser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the migrations of %1 to %2, logged in as the role %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteRead</name>
    <message>
        <source>%1 (%2)</source>
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
    <name>RestoreCommand</name>
    <message>
        <source>To put the safety dump back: vigie-cli restore %1 --database %2 --backup %3 --skip-safety-dump --confirm-skip %4 --yes --confirm %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file on the server (default: the newest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a new database with this name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s subdomain, for the health check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not dump the database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --skip-safety-dump: the phrase &quot;skip DATABASE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --yes: the database name, to confirm its replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: vigie-cli restore SERVER --database DB [--backup FILE] [--to-copy NAME] [--tenant-subdomain LABEL] [--skip-safety-dump --confirm-skip &quot;skip DB&quot;] (--plan [--json] | --yes [--confirm DB])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup of %1 found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestorePlanner</name>
    <message>
        <source>Count the rows of %1 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the rows of %1 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety dump of %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump of %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the safety dump failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the connections to %1 (other tenants stay online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the connections to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1 and close the connections to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the connections to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the contents of %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore into %1 failed; the transaction was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the health URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot decrypt %1: wrong passphrase or damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable pg_dump archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup must be an absolute path on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile names no backup passphrase file to decrypt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s psql command names no psql (pg_restore and pg_dump are found next to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s backup passphrase file is not an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy needs a name other than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no valid safety dump directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To restore without a safety dump, type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s restore script is not an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile names an invalid PM2 application: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a copy of %1 as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the empty database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This restore made no safety dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the safety dump of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole gzip file: truncated or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SQL script made by pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cut short: it does not end like a complete pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psql into %1 failed; the transaction was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the backup %1 (decrypt and read it through)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole tar.gz archive: truncated or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunLayout</name>
    <message>
        <source>A lock target cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock target %1 is longer than 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock target %1 contains spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost (runner gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running (step %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back after step %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost at step %1 (runner gone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <source>usage: vigie-cli runs list [--json] SERVER
       vigie-cli runs attach SERVER RUN_ID
       vigie-cli runs cancel SERVER RUN_ID
       vigie-cli runs clear-lock --yes SERVER TARGET
       (each takes --runs-dir DIR to override the server profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale lock %1: run %2 of %3 since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock %1: run %2 of %3 since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm clearing a stale lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs directory on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing a lock lets another run change %1 although the dead run may have left it half-changed. Check it, then confirm with --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock on %1 cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost (%1); reattaching…</source>
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
    <message>
        <source>Connecting: reading the key from the keychain…</source>
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
    <message>
        <source>usage: vigie-cli servers ignore NAME [AREA ...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown area %1 (areas: services, certificates, backups, tenants)</source>
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
        <source>Invalid certificate name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid path %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid container name %1.</source>
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
    <message>
        <source>HostName is not a valid host name or IP address: not imported.</source>
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
    <message>
        <source>Run: vigie-cli detect --save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail (in Services)</source>
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
    <message>
        <source>The journal of operations could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once every server has been refreshed at start, write how many were to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once every server has been refreshed at start, save a picture of the window to FILE (PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window once every server has been refreshed at start.</source>
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
  servers ignore NAME [AREA ...]
  servers import-ssh-config [--file FILE] [--import-keys] [--yes]
  status [--json] [--timeout S] [SERVER...]
  detect [--save] SERVER
  logs [--follow] [--lines N] SERVER SOURCE
  deploy SERVER --app NAME [--commit SHA] [--migrations] [--snapshot] (--plan [--json] | --yes [--confirm NAME])
  provision SERVER --name NAME [--subdomain LABEL] (--plan [--json] | --yes)
  restore SERVER --database DB [--backup FILE] [--to-copy NAME] [--skip-safety-dump --confirm-skip &quot;skip DB&quot;] (--plan [--json] | --yes --confirm DB)
  exec [--port N] [--key NAME | --agent] [--timeout S] USER@HOST -- COMMAND...
  exec SERVER -- COMMAND...
  runs list [--json] [--runs-dir DIR] SERVER
  runs attach|cancel [--runs-dir DIR] SERVER RUN_ID
  runs clear-lock --yes [--runs-dir DIR] SERVER TARGET
  --version

logs, exec and run output strip terminal control sequences (all but colours)
when printed to a terminal; --raw keeps them.
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
    <message numerus="yes">
        <source>%1: %n server(s)</source>
        <comment>health: count</comment>
        <translation>
            <numerusform>%1: %n server</numerusform>
            <numerusform>%1: %n servers</numerusform>
        </translation>
    </message>
    <message>
        <source>Vigie — %1</source>
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
    <message>
        <source>not checked: none of its names is one the profile watches (health URLs, tenant domain)</source>
        <translation type="unfinished"></translation>
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
    <name>vigie::CheckListWidget</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
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
        <source>Docker says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose project in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
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
    <message>
        <source>Invalid backup path %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::DashboardPage</name>
    <message>
        <source>&amp;Detect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at what the server runs and propose a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the server&apos;s settings: its profile, and the areas to ignore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::DeployAppPage</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app to deploy, as the server&apos;s profile describes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent deploys of this app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s profile lists no app to deploy (operations → deployApps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploys: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloads (PM2): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilds (Compose): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the deploy history on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::DeployChangesPage</name>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched on the server just now; nothing is changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1 on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would change could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (migration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already up to date at %1: deploying again reinstalls and reloads the same commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) and %1 from %2 to %3.</source>
        <translation>
            <numerusform>%n commit and %1 from %2 to %3.</numerusform>
            <numerusform>%n commits and %1 from %2 to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed file(s)</source>
        <translation>
            <numerusform>%n changed file</numerusform>
            <numerusform>%n changed files</numerusform>
        </translation>
    </message>
    <message>
        <source>Migrations changed (%1): take a database snapshot before running them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working copy has local changes that the deploy discards: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::DeployOptionsPage</name>
    <message>
        <source>Run the &amp;migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a database &amp;snapshot first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed deploy rolls the code back by itself. Migrations are not rolled back: the snapshot is what you would restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no migration command for this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile names no database for this app: no snapshot possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot goes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::DeployWizard</name>
    <message>
        <source>Deploy an app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no app named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now runs commit %2 (was %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database snapshot taken first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy failed and was rolled back: %1 runs the commit it ran before (%2) again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy stopped (%1) and the rollback did not complete: check %2 on the server (its log is in the Runs tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrations had run: the code rollback does not undo them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the &amp;snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 back as it was before the deploy, from %2 (the plan is shown first).</source>
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
    <message numerus="yes">
        <source>%n with areas not watched</source>
        <comment>servers</comment>
        <translation>
            <numerusform>%n with areas not watched</numerusform>
            <numerusform>%n with areas not watched</numerusform>
        </translation>
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
    <message>
        <source>Detect the server&apos;s profile, or set this area up in its profile.</source>
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
    <name>vigie::Journal</name>
    <message>
        <source>The journal folder %1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Vigie journal (it is not an SQLite database). It was left as it is; choose another journal location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write-ahead logging refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal location is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::JournalTableModel</name>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::JournalWindow</name>
    <message>
        <source>Journal of operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search server, operation, title, result or log text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;arameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operation</numerusform>
            <numerusform>%n operations</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an operation to see its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation recorded matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log was too long: its middle part was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the journal as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the journal as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) exported to %1.</source>
        <translation>
            <numerusform>%n operation exported to %1.</numerusform>
            <numerusform>%n operations exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1 by %2, ended %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1, ended %2 (%3).</source>
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
    <name>vigie::LockTableModel</name>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: its run is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by a running run</source>
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
    <message numerus="yes">
        <source>[Vigie: %Ln more character(s) of this line not shown]</source>
        <translation>
            <numerusform>[Vigie: %Ln more character of this line not shown]</numerusform>
            <numerusform>[Vigie: %Ln more characters of this line not shown]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::MailTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
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
    <message>
        <source>&amp;Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provision a tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new tenant on the selected server, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a database of the selected server from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy an app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the latest commit of an app on the selected server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal of operations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every operation run from this desktop, with its log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>area: state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n area(s) not watched</source>
        <translation>
            <numerusform>%1 — %n area not watched</numerusform>
            <numerusform>%1 — %n areas not watched</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::OperationWizard</name>
    <message>
        <source>Close the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run goes on on the server after this window closes. Follow it in the Runs tab, or cancel it there. Close the window?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
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
    <name>vigie::PlanReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These commands run on the server exactly as shown, in this order. Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::PlanReviewWidget</name>
    <message>
        <source>&amp;Copy plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every step and its exact command as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) will run on the server, in this order.</source>
        <translation>
            <numerusform>%n step will run on the server, in this order.</numerusform>
            <numerusform>%n steps will run on the server, in this order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) are destructive: read them carefully.</source>
        <translation>
            <numerusform>%n step is destructive: read it carefully.</numerusform>
            <numerusform>%n steps are destructive: read them carefully.</numerusform>
        </translation>
    </message>
    <message>
        <source>To confirm, type &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::PlanRunDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run goes on on the server after this window closes. Follow it in the Runs tab. Close the window?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::PlanView</name>
    <message>
        <source>check (reads only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESTRUCTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ loses data if wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked while it runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If step %1 or a later one fails, these steps run automatically:</source>
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
    <name>vigie::Preferences</name>
    <message>
        <source>The preferences could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the dashboards probe every server (0: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard &amp;refresh every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server silent for three intervals is considered gone and the connection reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keepali&amp;ve every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigie&apos;s own file in its data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known_hosts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known_&amp;hosts file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default key for new servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;warning before expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;critical before expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default maximum &amp;backup age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in profiles use these values; a server&apos;s own profile keeps its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal of operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal.sqlite in Vigie&apos;s data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locat&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep entries for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when Vigie next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The certificate warning must come before the critical state: choose at least %n day(s).</source>
        <translation>
            <numerusform>The certificate warning must come before the critical state: choose at least %n day.</numerusform>
            <numerusform>The certificate warning must come before the critical state: choose at least %n days.</numerusform>
        </translation>
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
    <name>vigie::ProvisionChecksPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read on the server, nothing is changed: is the subdomain free, does it resolve, does a certificate cover it, is there room for a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subdomain is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check failed: fix it on the server, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::ProvisionWizard</name>
    <message>
        <source>Provision a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1
Subdomain: %2
Address: %3
Database: %4
Tenant id: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undo the %n step(s) that completed, in reverse order (the plan is shown first).</source>
        <translation>
            <numerusform>Undo the %n step that completed (the plan is shown first).</numerusform>
            <numerusform>Undo the %n steps that completed, in reverse order (the plan is shown first).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::RestoreBackupPage</name>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore. It is decrypted and read through on the server first, so a damaged file is found before anything is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
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
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the database and its backups on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nightly backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check failed: see the list below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1 (decrypt and read it through)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup did not verify: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::RestoreSafetyPage</name>
    <message>
        <source>&amp;Skip the safety dump (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the database is replaced, its current content is dumped, so the restore itself can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump of %1 (%2) goes to:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space there: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a safety dump the current content is lost for good. To skip it anyway, type &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::RestoreSourcePage</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant or the database whose backup you want to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant or database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — tenant %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::RestoreTargetPage</name>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database&apos;s content, or restore into a new scratch database to look at the data without touching the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to a &amp;copy: a new database; %1 is not touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;in place: replace the content of %1 (a safety dump is taken first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::RestoreWizard</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per table (before → after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now holds the content of %2. The original database was not touched; drop the copy when you are done with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was restored from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its previous content is kept in the safety dump %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the &amp;safety dump…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the content the database had before this restore (the plan is shown first).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::RunController</name>
    <message>
        <source>There is no connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run controller already follows run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A plan can lock at most %n targets.</source>
        <translation>
            <numerusform>A plan can lock at most %n target.</numerusform>
            <numerusform>A plan can lock at most %n targets.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run could not start on the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a run id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run %1 on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[… %n character(s) of output not kept here …]</source>
        <translation>
            <numerusform>[… %n character of output not kept here …]</numerusform>
            <numerusform>[… %n characters of output not kept here …]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::RunJournalRecorder</name>
    <message>
        <source>The journal is closed: this operation is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ran: %1 is still locked by run %2 of %3 (since %4), which did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ran: %1 is locked by run %2 of %3 (since %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::RunPage</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run goes on on the server even if this window closes or the connection drops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::RunProgressView</name>
    <message>
        <source>C&amp;lear stale lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run on the server at the step it is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 failed: rolling back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost — reattaching… The run goes on on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reattached: following the run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the run on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1 is locked by %2 since %3 (run %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ran: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That run is gone without releasing its lock: the target may be half-changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear stale lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 by %2 took the lock on %3 at %4 and never released it. Check what it left half-done before clearing the lock. Clear it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock on %1 is cleared: you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock could not be cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run on the server now? The step in progress is interrupted and the following steps do not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::RunStepList</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
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
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (exit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::RunTableModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::RunWindow</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 by %2, started %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1 (took %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::RunsClient</name>
    <message>
        <source>There is no connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a run id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
[log cut after %1 MiB]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the log of run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock on %1 is held by the live run %2 (%3): it is not stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not clear the lock on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::RunsDashboard</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks held now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the runs and locks from the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear stale lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks held now: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a server to see its runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the runs from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), read at %1</source>
        <translation>
            <numerusform>%n run, read at %1</numerusform>
            <numerusform>%n runs, read at %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock on %1 belongs to run %2, which is still running. Follow or cancel that run instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear stale lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 by %2 took the lock on %3 at %4 and never released it. Check what it left half-done before clearing the lock. Clear it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear lock</source>
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
    <message>
        <source>Not watched: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose to ignore this area on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect looks at what the server runs; Set up opens the server&apos;s settings.</source>
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
        <source>This server&apos;s own profile (Detect, or edited by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host only (vitals; nothing else watched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no %1 to watch: its &quot;not watched&quot; state does not count in the fleet&apos;s worst state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore when not watched:</source>
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
    <name>vigie::ServerPage</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation runs on this server, detached: closing Vigie or losing the connection does not stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed yet: lists are read from the server on the next pages.</source>
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
    <message>
        <source>Restart the service “%1” of the Compose project “%2” on %3? Its container %4 stops and starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No queue, service, DKIM key or TLS listener is listed in the profile&apos;s mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::SshAgentClient</name>
    <message>
        <source>the agent closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent sent a malformed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent sent a malformed list of keys</source>
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
    <name>vigie::SshConnection</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be locked and waiting for its password: unlock it, then connect again.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second. It may be locked and waiting for its password: unlock it, then connect again.</numerusform>
            <numerusform>The keychain did not answer within %n seconds. It may be locked and waiting for its password: unlock it, then connect again.</numerusform>
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
    <name>vigie::SubdomainPage</name>
    <message>
        <source>Subdomain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s address. Lower-case letters, digits and inner hyphens; it must not be in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subdomain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a subdomain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already a tenant&apos;s subdomain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too close to the existing subdomain “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ran, so nothing changed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step that changes something completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on the server:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery steps ran and succeeded: the changes above were rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ran: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 by %2, %3, took %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled at step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2

%3</source>
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
    <name>vigie::TenantNamePage</name>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the tenant is known by, as its users will see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Clínica Ozondenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
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
    <message>
        <source>not checked (no tenant domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
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
