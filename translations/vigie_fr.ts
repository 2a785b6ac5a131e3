<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Assessment</name>
    <message>
        <source>connection</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>not provisioned</source>
        <translation>non provisionné</translation>
    </message>
    <message>
        <source>database %1 missing</source>
        <translation>base de données %1 absente</translation>
    </message>
    <message>
        <source>DNS: %1 does not resolve</source>
        <translation>DNS : %1 ne se résout pas</translation>
    </message>
    <message>
        <source>no valid certificate covers %1</source>
        <translation>aucun certificat valide ne couvre %1</translation>
    </message>
    <message>
        <source>HTTPS answers %1</source>
        <translation>HTTPS répond %1</translation>
    </message>
    <message>
        <source>no backup configured for %1</source>
        <translation>aucune sauvegarde configurée pour %1</translation>
    </message>
    <message>
        <source>no backup</source>
        <translation>aucune sauvegarde</translation>
    </message>
    <message>
        <source>no recent backup</source>
        <translation>aucune sauvegarde récente</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>disk %1</source>
        <translation>disque %1</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>%1 % utilisés</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <source>less than 10 % available</source>
        <translation>moins de 10 % disponibles</translation>
    </message>
    <message>
        <source>systemd units</source>
        <translation>unités systemd</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installée</translation>
    </message>
    <message>
        <source>no process</source>
        <translation>aucun processus</translation>
    </message>
    <message>
        <source>health URLs</source>
        <translation>URL de santé</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 en %2 ms</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>certificats</translation>
    </message>
    <message>
        <source>none found under %1</source>
        <translation>aucun trouvé sous %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expire dans %n jour</numerusform>
            <numerusform>expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>backups</source>
        <translation>sauvegardes</translation>
    </message>
    <message>
        <source>no backup found</source>
        <translation>aucune sauvegarde trouvée</translation>
    </message>
    <message numerus="yes">
        <source>latest is %n hour(s) old</source>
        <translation>
            <numerusform>la dernière date de %n heure</numerusform>
            <numerusform>la dernière date de %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) missing</source>
        <translation>
            <numerusform>%n jour manquant</numerusform>
            <numerusform>%n jours manquants</numerusform>
        </translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>non chiffrée</translation>
    </message>
    <message>
        <source>tenants</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>HTTPS does not answer</source>
        <translation>HTTPS ne répond pas</translation>
    </message>
    <message>
        <source>HTTPS does not answer: %1</source>
        <translation>HTTPS ne répond pas : %1</translation>
    </message>
    <message>
        <source>directory %1 not found</source>
        <translation>répertoire %1 introuvable</translation>
    </message>
    <message>
        <source>cannot read %1 (needs root or passwordless sudo)</source>
        <translation>impossible de lire %1 (il faut root ou sudo sans mot de passe)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1, none match %2</source>
        <translation>
            <numerusform>%n fichier dans %1, aucun ne correspond à %2</numerusform>
            <numerusform>%n fichiers dans %1, aucun ne correspond à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(for example %1)</source>
        <translation>(par exemple %1)</translation>
    </message>
    <message>
        <source>%1 is empty: no file matches %2</source>
        <translation>%1 est vide : aucun fichier ne correspond à %2</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>non surveillé</translation>
    </message>
    <message>
        <source>not watched (ignored)</source>
        <translation>non surveillé (ignoré)</translation>
    </message>
    <message>
        <source>No certificate directory is configured, or none was found on this server.</source>
        <translation>Aucun répertoire de certificats n’est configuré, ou aucun n’a été trouvé sur ce serveur.</translation>
    </message>
    <message>
        <source>No backup directory is configured for this server.</source>
        <translation>Aucun répertoire de sauvegardes n’est configuré pour ce serveur.</translation>
    </message>
    <message>
        <source>No tenant list is configured for this server.</source>
        <translation>Aucune liste de clients n’est configurée pour ce serveur.</translation>
    </message>
    <message>
        <source>no container: the project is not up</source>
        <translation>aucun conteneur : le projet n’est pas démarré</translation>
    </message>
    <message numerus="yes">
        <source>restarts in a loop (%n restart(s))</source>
        <translation>
            <numerusform>redémarre en boucle (%n redémarrage)</numerusform>
            <numerusform>redémarre en boucle (%n redémarrages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restarted %n time(s), last start %1 s ago</source>
        <translation>
            <numerusform>redémarré %n fois, dernier démarrage il y a %1 s</numerusform>
            <numerusform>redémarré %n fois, dernier démarrage il y a %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>arrêté avec le code %1</translation>
    </message>
    <message>
        <source>the Docker daemon does not answer (%1): %2 cannot run</source>
        <translation>le démon Docker ne répond pas (%1) : %2 ne peut pas tourner</translation>
    </message>
    <message>
        <source>neither postqueue nor mailq is installed</source>
        <translation>ni postqueue ni mailq n’est installé</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2)</source>
        <translation>%1 a échoué (code de sortie %2)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n deferred</source>
        <translation>
            <numerusform>%n différé</numerusform>
            <numerusform>%n différés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the queue</source>
        <translation>
            <numerusform>%n dans la file d’attente</numerusform>
            <numerusform>%n dans la file d’attente</numerusform>
        </translation>
    </message>
    <message>
        <source>systemctl told nothing about it</source>
        <translation>systemctl n’en a rien dit</translation>
    </message>
    <message>
        <source>running (pid %1)</source>
        <translation>en marche (pid %1)</translation>
    </message>
    <message>
        <source>stopped: pid %1 of %2 is gone</source>
        <translation>arrêté : le pid %1 de %2 n’existe plus</translation>
    </message>
    <message>
        <source>stopped: no pid file %1</source>
        <translation>arrêté : pas de fichier pid %1</translation>
    </message>
    <message>
        <source>%1 holds no pid</source>
        <translation>%1 ne contient aucun pid</translation>
    </message>
    <message>
        <source>no systemd on the server and no pid file in the profile</source>
        <translation>pas de systemd sur le serveur ni de fichier pid dans le profil</translation>
    </message>
    <message>
        <source>the key file is missing</source>
        <translation>le fichier de clé est absent</translation>
    </message>
    <message>
        <source>cannot read the key file (needs root or passwordless sudo)</source>
        <translation>impossible de lire le fichier de clé (il faut root ou sudo sans mot de passe)</translation>
    </message>
    <message>
        <source>openssl is not installed on the server</source>
        <translation>openssl n’est pas installé sur le serveur</translation>
    </message>
    <message>
        <source>the key file holds no key openssl can read</source>
        <translation>le fichier de clé ne contient aucune clé lisible par openssl</translation>
    </message>
    <message>
        <source>DNS lookup failed: %1</source>
        <translation>la requête DNS a échoué : %1</translation>
    </message>
    <message>
        <source>DNS lookup failed (dig exit code %1)</source>
        <translation>la requête DNS a échoué (code de sortie de dig : %1)</translation>
    </message>
    <message>
        <source>no DKIM key published in DNS</source>
        <translation>aucune clé DKIM publiée dans le DNS</translation>
    </message>
    <message>
        <source>the key in DNS is not the key on disk: signatures fail</source>
        <translation>la clé publiée dans le DNS n’est pas celle du disque : les signatures échouent</translation>
    </message>
    <message>
        <source>DNS publishes the key on disk</source>
        <translation>le DNS publie la clé du disque</translation>
    </message>
    <message>
        <source>connection refused: nothing listens there</source>
        <translation>connexion refusée : rien n’écoute à cette adresse</translation>
    </message>
    <message>
        <source>no answer within the time limit</source>
        <translation>pas de réponse dans le délai imparti</translation>
    </message>
    <message>
        <source>no certificate served: %1</source>
        <translation>aucun certificat servi : %1</translation>
    </message>
    <message>
        <source>no certificate served</source>
        <translation>aucun certificat servi</translation>
    </message>
    <message>
        <source>expiry date unknown</source>
        <translation>date d’expiration inconnue</translation>
    </message>
    <message>
        <source>the certificate file is missing</source>
        <translation>le fichier du certificat est absent</translation>
    </message>
    <message>
        <source>cannot read the certificate file</source>
        <translation>impossible de lire le fichier du certificat</translation>
    </message>
    <message>
        <source>the certificate file holds no certificate</source>
        <translation>le fichier du certificat ne contient aucun certificat</translation>
    </message>
    <message>
        <source>not the certificate on disk (not reloaded?)</source>
        <translation>pas le certificat du disque (pas rechargé ?)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>mail TLS: what is wrong, then the expiry</comment>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>mail queue %1</source>
        <translation>file de courrier %1</translation>
    </message>
    <message>
        <source>mail service %1</source>
        <translation>service de courrier %1</translation>
    </message>
    <message>
        <source>DKIM %1</source>
        <translation>DKIM %1</translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>mail</source>
        <translation>courrier</translation>
    </message>
    <message>
        <source>No systemd unit, PM2, Compose project, health URL or mail server is configured or detected for this server.</source>
        <translation>Aucune unité systemd, aucun PM2, projet Compose, URL de santé ni serveur de courrier n’est configuré ou détecté pour ce serveur.</translation>
    </message>
</context>
<context>
    <name>BackupParser</name>
    <message>
        <source>No backup target in the output.</source>
        <translation>Aucune cible de sauvegarde dans la sortie.</translation>
    </message>
    <message>
        <source>Cannot read %1: needs root or passwordless sudo.</source>
        <translation>Impossible de lire %1 : nécessite root ou sudo sans mot de passe.</translation>
    </message>
    <message>
        <source>Listing the backups</source>
        <translation>Liste des sauvegardes</translation>
    </message>
    <message>
        <source>Directory not found: %1</source>
        <translation>Répertoire introuvable : %1</translation>
    </message>
    <message>
        <source>Cannot read: %1</source>
        <translation>Lecture impossible : %1</translation>
    </message>
</context>
<context>
    <name>CertificateParser</name>
    <message>
        <source>No PEM certificate in the file.</source>
        <translation>Aucun certificat PEM dans le fichier.</translation>
    </message>
    <message>
        <source>The certificate could not be decoded.</source>
        <translation>Le certificat n&apos;a pas pu être décodé.</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity dates could not be read.</source>
        <translation>Les dates de validité du certificat n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Reading the certificates</source>
        <translation>Lecture des certificats</translation>
    </message>
    <message>
        <source>Cannot read %1: needs root or passwordless sudo.</source>
        <translation>Impossible de lire %1 : nécessite root ou sudo sans mot de passe.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable : %1</translation>
    </message>
    <message>
        <source>Cannot read: %1</source>
        <translation>Lecture impossible : %1</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>vigie-cli: %1</source>
        <translation>vigie-cli : %1</translation>
    </message>
</context>
<context>
    <name>ComposeParser</name>
    <message>
        <source>The docker socket needs root, the docker group or sudo.</source>
        <translation>Le socket docker nécessite root, le groupe docker ou sudo.</translation>
    </message>
    <message>
        <source>A container without its compose project or name on line %1.</source>
        <translation>Conteneur sans projet compose ou sans nom à la ligne %1.</translation>
    </message>
    <message>
        <source>docker ps printed nothing.</source>
        <translation>docker ps n&apos;a rien affiché.</translation>
    </message>
    <message>
        <source>The Docker daemon does not answer: %1</source>
        <translation>Le démon Docker ne répond pas : %1</translation>
    </message>
</context>
<context>
    <name>DatabaseParser</name>
    <message>
        <source>The tenant list is incomplete.</source>
        <translation>La liste des clients est incomplète.</translation>
    </message>
</context>
<context>
    <name>DeployCommand</name>
    <message>
        <source>Already at %1.</source>
        <translation>Déjà au commit %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n new commit(s), %1 -&gt; %2:</source>
        <translation>
            <numerusform>%n nouveau commit, %1 -&gt; %2 :</numerusform>
            <numerusform>%n nouveaux commits, %1 -&gt; %2 :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed file(s):</source>
        <translation>
            <numerusform>%n fichier modifié :</numerusform>
            <numerusform>%n fichiers modifiés :</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: migrations changed (%1).</source>
        <translation>Attention : les migrations ont changé (%1).</translation>
    </message>
    <message>
        <source>Warning: the server&apos;s working copy has local changes (%1); the deploy will refuse to run.</source>
        <translation>Attention : la copie de travail du serveur a des modifications locales (%1) ; le déploiement refusera de s&apos;exécuter.</translation>
    </message>
    <message>
        <source>The application (from the profile).</source>
        <translation>L&apos;application (d&apos;après le profil).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>The commit to deploy (default: the head of the profile&apos;s branch).</source>
        <translation>Le commit à déployer (par défaut : la tête de la branche du profil).</translation>
    </message>
    <message>
        <source>sha</source>
        <translation>sha</translation>
    </message>
    <message>
        <source>Run the database migrations.</source>
        <translation>Exécuter les migrations de la base de données.</translation>
    </message>
    <message>
        <source>Take a database snapshot first.</source>
        <translation>Prendre d&apos;abord un instantané de la base de données.</translation>
    </message>
    <message>
        <source>With --migrations: the application&apos;s name.</source>
        <translation>Avec --migrations : le nom de l&apos;application.</translation>
    </message>
    <message>
        <source>usage: vigie-cli deploy SERVER --app NAME [--commit SHA] [--migrations] [--snapshot] (--plan [--json] | --yes [--confirm NAME])</source>
        <translation>utilisation : vigie-cli deploy SERVER --app NAME [--commit SHA] [--migrations] [--snapshot] (--plan [--json] | --yes [--confirm NAME])</translation>
    </message>
    <message>
        <source>%1 is not a deploy application of %2&apos;s profile</source>
        <translation>%1 n&apos;est pas une application déployable du profil de %2</translation>
    </message>
    <message>
        <source>Migrations may have run: the database snapshot taken before them is %1 (vigie-cli restore %2 --database %3 --backup %1).</source>
        <translation>Les migrations ont peut-être été exécutées : l&apos;instantané de la base pris avant elles est %1 (vigie-cli restore %2 --database %3 --backup %1).</translation>
    </message>
</context>
<context>
    <name>DeployPlanner</name>
    <message numerus="yes">
        <source>The health check of %1 failed %n time(s).</source>
        <translation>
            <numerusform>Le contrôle de santé de %1 a échoué %n fois.</numerusform>
            <numerusform>Le contrôle de santé de %1 a échoué %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid application name %1.</source>
        <translation>Nom d&apos;application %1 non valide.</translation>
    </message>
    <message>
        <source>Invalid path %1 for %2.</source>
        <translation>Chemin %1 non valide pour %2.</translation>
    </message>
    <message>
        <source>Invalid git remote %1.</source>
        <translation>Dépôt distant git %1 non valide.</translation>
    </message>
    <message>
        <source>Invalid git branch %1.</source>
        <translation>Branche git %1 non valide.</translation>
    </message>
    <message>
        <source>Invalid commit %1: expected a hexadecimal hash.</source>
        <translation>Commit %1 non valide : un hachage hexadécimal est attendu.</translation>
    </message>
    <message>
        <source>A command of %1 in the profile spans several lines.</source>
        <translation>Une commande de %1 dans le profil s&apos;étend sur plusieurs lignes.</translation>
    </message>
    <message>
        <source>%1 has neither PM2 processes nor a Compose project to reload.</source>
        <translation>%1 n&apos;a ni processus PM2 ni projet Compose à recharger.</translation>
    </message>
    <message>
        <source>Invalid Compose project %1.</source>
        <translation>Projet Compose %1 non valide.</translation>
    </message>
    <message>
        <source>Invalid PM2 process name %1.</source>
        <translation>Nom de processus PM2 %1 non valide.</translation>
    </message>
    <message>
        <source>Invalid health URL %1.</source>
        <translation>URL de contrôle de santé %1 non valide.</translation>
    </message>
    <message>
        <source>%1 has no migration command in the server&apos;s profile.</source>
        <translation>%1 n&apos;a pas de commande de migration dans le profil du serveur.</translation>
    </message>
    <message>
        <source>Invalid database name %1.</source>
        <translation>Nom de base de données %1 non valide.</translation>
    </message>
    <message>
        <source>%1 has no database to snapshot in the server&apos;s profile.</source>
        <translation>%1 n&apos;a pas de base de données dont prendre un instantané dans le profil du serveur.</translation>
    </message>
    <message>
        <source>The profile&apos;s psql command has no psql to derive pg_dump from.</source>
        <translation>La commande psql du profil ne contient pas de psql d&apos;où déduire pg_dump.</translation>
    </message>
    <message>
        <source>Invalid safety dump directory %1.</source>
        <translation>Répertoire de sauvegardes de sécurité %1 non valide.</translation>
    </message>
    <message>
        <source>Deploy %1 at %2 (%3)</source>
        <translation>Déployer %1 au commit %2 (%3)</translation>
    </message>
    <message>
        <source>%1 has local changes to tracked files; a deploy would lose them.</source>
        <translation>%1 a des modifications locales de fichiers suivis ; un déploiement les perdrait.</translation>
    </message>
    <message>
        <source>Record the current commit of %1 (the rollback target)</source>
        <translation>Enregistrer le commit actuel de %1 (cible du retour arrière)</translation>
    </message>
    <message>
        <source>Snapshot the database %1 to %2</source>
        <translation>Prendre un instantané de la base %1 dans %2</translation>
    </message>
    <message>
        <source>Commit %1 is not on %2.</source>
        <translation>Le commit %1 n&apos;est pas sur %2.</translation>
    </message>
    <message>
        <source>Fetch %1 and check that %2 is on it</source>
        <translation>Récupérer (fetch) %1 et vérifier que %2 s&apos;y trouve</translation>
    </message>
    <message>
        <source>Switch %1 to commit %2</source>
        <translation>Passer %1 au commit %2</translation>
    </message>
    <message>
        <source>Install the dependencies of %1</source>
        <translation>Installer les dépendances de %1</translation>
    </message>
    <message>
        <source>Build %1</source>
        <translation>Construire %1</translation>
    </message>
    <message>
        <source>Run the database migrations of %1</source>
        <translation>Exécuter les migrations de base de données de %1</translation>
    </message>
    <message>
        <source>Reload %1 with PM2 (zero downtime)</source>
        <translation>Recharger %1 avec PM2 (sans interruption)</translation>
    </message>
    <message>
        <source>Rebuild and restart the Compose project %1</source>
        <translation>Reconstruire et redémarrer le projet Compose %1</translation>
    </message>
    <message numerus="yes">
        <source>Check the health of %1 (%n attempt(s))</source>
        <translation>
            <numerusform>Contrôler la santé de %1 (%n tentative)</numerusform>
            <numerusform>Contrôler la santé de %1 (%n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 as the deployed commit of %2</source>
        <translation>Enregistrer %1 comme commit déployé de %2</translation>
    </message>
    <message>
        <source>Roll back %1 to the previous commit</source>
        <translation>Ramener %1 au commit précédent</translation>
    </message>
    <message>
        <source>Roll back: %1</source>
        <translation>Retour arrière : %1</translation>
    </message>
    <message>
        <source>The server&apos;s git output is incomplete.</source>
        <translation>La sortie git du serveur est incomplète.</translation>
    </message>
    <message>
        <source>The server&apos;s git output has no valid commit.</source>
        <translation>La sortie git du serveur ne contient aucun commit valide.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The list of changes is too large to show.</source>
        <translation>La liste des modifications est trop longue pour être affichée.</translation>
    </message>
</context>
<context>
    <name>DetectCommand</name>
    <message>
        <source>Save it as the server&apos;s profile.</source>
        <translation>L&apos;enregistrer comme profil du serveur.</translation>
    </message>
    <message>
        <source>usage: vigie-cli detect [--save] SERVER</source>
        <translation>utilisation : vigie-cli detect [--save] SERVER</translation>
    </message>
    <message>
        <source>no server named %1</source>
        <translation>aucun serveur nommé %1</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>days, then hours</comment>
        <translation>%1 %2</translation>
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
        <translation>%1 %2</translation>
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
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>an age, e.g. 14 h ago</comment>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format: day and month, no year</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>organization (common name)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>SSH port.</source>
        <translation>Port SSH.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Key from the keychain.</source>
        <translation>Clé du trousseau.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Use the SSH agent.</source>
        <translation>Utiliser l&apos;agent SSH.</translation>
    </message>
    <message>
        <source>Connection timeout in seconds.</source>
        <translation>Délai de connexion, en secondes.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>usage: vigie-cli exec [options] USER@HOST -- COMMAND...</source>
        <translation>utilisation : vigie-cli exec [options] USER@HOST -- COMMAND...</translation>
    </message>
    <message>
        <source>%1 is neither a server of the fleet nor USER@HOST</source>
        <translation>%1 n&apos;est ni un serveur du parc ni de la forme USER@HOST</translation>
    </message>
    <message>
        <source>invalid port: %1</source>
        <translation>port non valide : %1</translation>
    </message>
    <message>
        <source>choose a key with --key NAME (see vigie-cli keys list) or --agent</source>
        <translation>choisissez une clé avec --key NAME (voir vigie-cli keys list) ou --agent</translation>
    </message>
    <message>
        <source>no key named %1 in the keychain</source>
        <translation>aucune clé nommée %1 dans le trousseau</translation>
    </message>
    <message>
        <source>Wrong passphrase. Passphrase for %1: </source>
        <translation>Phrase de passe incorrecte. Phrase de passe pour %1 : </translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Phrase de passe pour %1 : </translation>
    </message>
    <message>
        <source>%1 Run: vigie-cli hosts trust --port %2 %3</source>
        <translation>%1 Exécutez : vigie-cli hosts trust --port %2 %3</translation>
    </message>
</context>
<context>
    <name>ExecResult</name>
    <message>
        <source>exited with status %1</source>
        <translation>terminée avec le code de sortie %1</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>tuée par le signal %1</translation>
    </message>
    <message>
        <source>exit status unknown: %1</source>
        <translation>code de sortie inconnu : %1</translation>
    </message>
    <message>
        <source>the server reported no exit status</source>
        <translation>le serveur n&apos;a indiqué aucun code de sortie</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>could not run: %1</source>
        <translation>exécution impossible : %1</translation>
    </message>
</context>
<context>
    <name>Fail2banParser</name>
    <message>
        <source>fail2ban-client printed no status.</source>
        <translation>fail2ban-client n&apos;a affiché aucun état.</translation>
    </message>
    <message>
        <source>No status for: %1</source>
        <translation>Aucun état pour : %1</translation>
    </message>
</context>
<context>
    <name>HealthParser</name>
    <message>
        <source>curl failed (exit code %1).</source>
        <translation>curl a échoué (code de sortie %1).</translation>
    </message>
    <message>
        <source>The health checks</source>
        <translation>Contrôles de santé</translation>
    </message>
</context>
<context>
    <name>HostsCommand</name>
    <message numerus="yes">
        <source>Removed %n key(s) for %1.</source>
        <translation>
            <numerusform>%n clé supprimée pour %1.</numerusform>
            <numerusform>%n clés supprimées pour %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>Host %1 offers this %2 key:</source>
        <translation>L&apos;hôte %1 présente cette clé %2 :</translation>
    </message>
    <message>
        <source>Note: keys of other types are already known for this host (%1).</source>
        <translation>Remarque : des clés d&apos;autres types sont déjà connues pour cet hôte (%1).</translation>
    </message>
    <message>
        <source>fingerprint mismatch: expected %1, got %2</source>
        <translation>les empreintes ne correspondent pas : %1 attendue, %2 reçue</translation>
    </message>
    <message>
        <source>Trust this host key? [y/N] </source>
        <translation>Faire confiance à cette clé d&apos;hôte ? [o/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>not trusted: pass --yes or --fingerprint to trust non-interactively</source>
        <translation>clé non approuvée : utilisez --yes ou --fingerprint pour lui faire confiance sans interaction</translation>
    </message>
    <message>
        <source>Trusted: %1 %2</source>
        <translation>Confiance accordée : %1 %2</translation>
    </message>
    <message>
        <source>hosts: missing subcommand</source>
        <translation>hosts : sous-commande manquante</translation>
    </message>
    <message>
        <source>SSH port.</source>
        <translation>Port SSH.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Sortie au format JSON.</translation>
    </message>
    <message>
        <source>Trust without asking.</source>
        <translation>Faire confiance sans demander.</translation>
    </message>
    <message>
        <source>Trust only this SHA256 fingerprint.</source>
        <translation>Ne faire confiance qu&apos;à cette empreinte SHA256.</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>empreinte</translation>
    </message>
    <message>
        <source>invalid port: %1</source>
        <translation>port non valide : %1</translation>
    </message>
    <message>
        <source>hosts %1 needs exactly one HOST</source>
        <translation>hosts %1 attend exactement un HOST</translation>
    </message>
    <message>
        <source>hosts: unknown subcommand %1</source>
        <translation>hosts : sous-commande inconnue %1</translation>
    </message>
    <message>
        <source>(hashed host name)</source>
        <translation>(nom d’hôte haché)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>JournalEntry</name>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Annulée par retour arrière</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Refused (locked)</source>
        <translation>Refusée (cible verrouillée)</translation>
    </message>
    <message>
        <source>Failed to start</source>
        <translation>Démarrage impossible</translation>
    </message>
</context>
<context>
    <name>JournalExport</name>
    <message>
        <source>This is not a Vigie journal export.</source>
        <translation>Ce n&apos;est pas un export de journal Vigie.</translation>
    </message>
    <message>
        <source>The CSV text ends inside a quoted cell.</source>
        <translation>Le texte CSV se termine au milieu d&apos;une cellule entre guillemets.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>JournalLogStore</name>
    <message>
        <source>The journal cannot be written: %1</source>
        <translation>Impossible d&apos;écrire dans le journal : %1</translation>
    </message>
    <message>
        <source>The journal has no entry %1.</source>
        <translation>Le journal n&apos;a pas d&apos;entrée %1.</translation>
    </message>
</context>
<context>
    <name>JournalSchema</name>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>Impossible de lire le journal : %1</translation>
    </message>
    <message>
        <source>The journal was written by a newer version of Vigie (schema %1; this version knows up to %2). It was left as it is.</source>
        <translation>Le journal a été écrit par une version plus récente de Vigie (schéma %1 ; cette version connaît jusqu&apos;au schéma %2). Il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>This file is an SQLite database but not a Vigie journal. It was left as it is.</source>
        <translation>Ce fichier est une base SQLite mais pas un journal Vigie. Il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The journal cannot be updated: %1</source>
        <translation>Impossible de mettre à jour le journal : %1</translation>
    </message>
    <message>
        <source>The journal cannot be updated to schema %1: %2</source>
        <translation>Impossible de mettre à jour le journal vers le schéma %1 : %2</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>wrong number of arguments (see vigie-cli --help)</source>
        <translation>nombre d&apos;arguments incorrect (voir vigie-cli --help)</translation>
    </message>
    <message>
        <source>keys: missing subcommand</source>
        <translation>keys : sous-commande manquante</translation>
    </message>
    <message>
        <source>Key name.</source>
        <translation>Nom de la clé.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Sortie au format JSON.</translation>
    </message>
    <message>
        <source>Read the key&apos;s passphrase from standard input.</source>
        <translation>Lire la phrase de passe de la clé sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Keep the passphrase in the keychain.</source>
        <translation>Conserver la phrase de passe dans le trousseau.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase de passe : </translation>
    </message>
    <message>
        <source>Imported %1 (%2, %3)</source>
        <translation>Clé %1 importée (%2, %3)</translation>
    </message>
    <message>
        <source>keys generate needs --name</source>
        <translation>keys generate requiert --name</translation>
    </message>
    <message>
        <source>Generated %1 (%2). Add this line to ~/.ssh/authorized_keys on the server:</source>
        <translation>Clé %1 générée (%2). Ajoutez cette ligne à ~/.ssh/authorized_keys sur le serveur :</translation>
    </message>
    <message>
        <source>No keys. Import one with: vigie-cli keys import --name NAME FILE</source>
        <translation>Aucune clé. Importez-en une avec : vigie-cli keys import --name NAME FILE</translation>
    </message>
    <message>
        <source>no key named %1</source>
        <translation>aucune clé nommée %1</translation>
    </message>
    <message>
        <source>keys: unknown subcommand %1</source>
        <translation>keys : sous-commande inconnue %1</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>The host name is not a valid host name or IP address (allowed: letters, digits and . - _ : %), so it cannot be written to known_hosts.</source>
        <translation>Le nom d’hôte n’est ni un nom d’hôte ni une adresse IP valides (autorisés : lettres, chiffres et . - _ : %) : il ne peut pas être écrit dans known_hosts.</translation>
    </message>
    <message>
        <source>%1 is locked by another program (lock file %2).</source>
        <translation>%1 est verrouillé par un autre programme (fichier de verrou %2).</translation>
    </message>
    <message>
        <source>%1, line %2: the host is trusted through a wildcard pattern that covers other hosts too; edit that line by hand.</source>
        <translation>%1, ligne %2 : l’hôte est approuvé par un motif générique qui couvre aussi d’autres hôtes ; modifiez cette ligne à la main.</translation>
    </message>
</context>
<context>
    <name>LogsCommand</name>
    <message>
        <source>Keep printing new lines.</source>
        <translation>Continuer d&apos;afficher les nouvelles lignes.</translation>
    </message>
    <message>
        <source>Lines to show.</source>
        <translation>Nombre de lignes à afficher.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>usage: vigie-cli logs SERVER SOURCE [--follow]</source>
        <translation>utilisation : vigie-cli logs SERVER SOURCE [--follow]</translation>
    </message>
    <message>
        <source>no server named %1</source>
        <translation>aucun serveur nommé %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
</context>
<context>
    <name>MailParser</name>
    <message>
        <source>dig is not installed on the server</source>
        <translation>dig n’est pas installé sur le serveur</translation>
    </message>
    <message>
        <source>The mail checks did not run to their end.</source>
        <translation>Les vérifications du courrier ne sont pas allées jusqu’au bout.</translation>
    </message>
</context>
<context>
    <name>MetaParser</name>
    <message>
        <source>The server&apos;s clock is missing from the output.</source>
        <translation>L&apos;heure du serveur est absente de la sortie.</translation>
    </message>
    <message>
        <source>Reading the server&apos;s identity</source>
        <translation>Lecture de l&apos;identité du serveur</translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>The database name is empty.</source>
        <translation>Le nom de la base de données est vide.</translation>
    </message>
    <message>
        <source>The database name is %1 bytes long; PostgreSQL allows at most %2.</source>
        <translation>Le nom de la base de données fait %1 octets ; PostgreSQL en autorise au plus %2.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Le nom est vide.</translation>
    </message>
    <message>
        <source>The name starts or ends with a space.</source>
        <translation>Le nom commence ou se termine par une espace.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation>Le nom fait %1 caractères ; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The name must not start with &apos;-&apos;.</source>
        <translation>Le nom ne doit pas commencer par « - ».</translation>
    </message>
    <message>
        <source>The name contains an invisible or control character (U+%1).</source>
        <translation>Le nom contient un caractère invisible ou de contrôle (U+%1).</translation>
    </message>
    <message>
        <source>An apostrophe is only allowed between two letters (as in &quot;l&apos;Europe&quot;).</source>
        <translation>Une apostrophe n&apos;est autorisée qu&apos;entre deux lettres (comme dans « l&apos;Europe »).</translation>
    </message>
    <message>
        <source>The name contains &apos;%1&apos;, which is not allowed; use letters, digits, spaces and . , &amp; ( ) - + &apos;.</source>
        <translation>Le nom contient « %1 », qui n&apos;est pas autorisé ; utilisez des lettres, des chiffres, des espaces et . , &amp; ( ) - + &apos;.</translation>
    </message>
    <message>
        <source>The name mixes letters of different alphabets (for example a Cyrillic letter that looks like a Latin one).</source>
        <translation>Le nom mélange des lettres d&apos;alphabets différents (par exemple une lettre cyrillique qui ressemble à une lettre latine).</translation>
    </message>
    <message>
        <source>The name contains two spaces in a row.</source>
        <translation>Le nom contient deux espaces consécutives.</translation>
    </message>
    <message>
        <source>The subdomain is empty.</source>
        <translation>Le sous-domaine est vide.</translation>
    </message>
    <message>
        <source>The subdomain is %1 bytes long; a DNS label has at most %2.</source>
        <translation>Le sous-domaine fait %1 octets ; un label DNS en compte au plus %2.</translation>
    </message>
    <message>
        <source>The subdomain must be lower case.</source>
        <translation>Le sous-domaine doit être en minuscules.</translation>
    </message>
    <message>
        <source>The subdomain &quot;%1&quot; may only contain a-z, 0-9 and &apos;-&apos;.</source>
        <translation>Le sous-domaine « %1 » ne peut contenir que a-z, 0-9 et « - ».</translation>
    </message>
    <message>
        <source>The subdomain must not start or end with &apos;-&apos;.</source>
        <translation>Le sous-domaine ne doit pas commencer ni se terminer par « - ».</translation>
    </message>
    <message>
        <source>Punycode subdomains (xn--…) are not accepted; use plain letters.</source>
        <translation>Les sous-domaines punycode (xn--…) ne sont pas acceptés ; utilisez des lettres simples.</translation>
    </message>
    <message>
        <source>The subdomain &quot;%1&quot; is reserved.</source>
        <translation>Le sous-domaine « %1 » est réservé.</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; may only contain letters, digits and &apos;_&apos;, and must not start with a digit.</source>
        <translation>Le nom de base de données « %1 » ne peut contenir que des lettres, des chiffres et « _ », et ne doit pas commencer par un chiffre.</translation>
    </message>
    <message>
        <source>The new database name &quot;%1&quot; may only contain a-z, 0-9 and &apos;_&apos;, and must not start with a digit.</source>
        <translation>Le nom de la nouvelle base de données « %1 » ne peut contenir que a-z, 0-9 et « _ », et ne doit pas commencer par un chiffre.</translation>
    </message>
</context>
<context>
    <name>OperationChecks</name>
    <message>
        <source>Free space in %1 is unknown.</source>
        <translation>L&apos;espace libre dans %1 est inconnu.</translation>
    </message>
    <message>
        <source>%1 free in %2.</source>
        <translation>%1 libres dans %2.</translation>
    </message>
    <message>
        <source>Could not read the tenants of %1.</source>
        <translation>Impossible de lire les clients de %1.</translation>
    </message>
    <message>
        <source>No tenant uses %1.</source>
        <translation>Aucun client n&apos;utilise %1.</translation>
    </message>
    <message>
        <source>The tenant subdomain %1 is already taken (%2).</source>
        <translation>Le sous-domaine client %1 est déjà pris (%2).</translation>
    </message>
    <message>
        <source>%1 resolves to %2 on the server.</source>
        <translation>%1 se résout en %2 sur le serveur.</translation>
    </message>
    <message>
        <source>%1 does not resolve on the server.</source>
        <translation>%1 ne se résout pas sur le serveur.</translation>
    </message>
    <message>
        <source>%1 covers %2.</source>
        <translation>%1 couvre %2.</translation>
    </message>
    <message>
        <source>The certificate covering %1 has expired (%2).</source>
        <translation>Le certificat qui couvre %1 a expiré (%2).</translation>
    </message>
    <message>
        <source>No certificate covers %1.</source>
        <translation>Aucun certificat ne couvre %1.</translation>
    </message>
    <message>
        <source>The certificates could not be read; whether one covers %1 is unknown.</source>
        <translation>Les certificats n&apos;ont pas pu être lus ; on ne sait pas si l&apos;un d&apos;eux couvre %1.</translation>
    </message>
    <message>
        <source>the database&apos;s file system</source>
        <translation>le système de fichiers de la base de données</translation>
    </message>
    <message>
        <source>Could not query PostgreSQL about %1.</source>
        <translation>Impossible d&apos;interroger PostgreSQL sur %1.</translation>
    </message>
    <message>
        <source>%1 does not exist (only a restore to a copy or a new database makes sense).</source>
        <translation>%1 n&apos;existe pas (seule une restauration dans une copie ou une nouvelle base a un sens).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n open connection(s).</source>
        <translation>
            <numerusform>%1 : %2, %n connexion ouverte.</numerusform>
            <numerusform>%1 : %2, %n connexions ouvertes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup of %1 found.</source>
        <translation>Aucune sauvegarde de %1 trouvée.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) found.</source>
        <translation>
            <numerusform>%n sauvegarde trouvée.</numerusform>
            <numerusform>%n sauvegardes trouvées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup decrypts and lists %n entries.</source>
        <translation>
            <numerusform>La sauvegarde se déchiffre et liste %n entrée.</numerusform>
            <numerusform>La sauvegarde se déchiffre et liste %n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup could not be verified (exit %1).</source>
        <translation>La sauvegarde n&apos;a pas pu être vérifiée (code de sortie %1).</translation>
    </message>
    <message numerus="yes">
        <source>A whole SQL script from pg_dump, creating %n table(s).</source>
        <translation>
            <numerusform>Un script SQL complet de pg_dump, qui crée %n table.</numerusform>
            <numerusform>Un script SQL complet de pg_dump, qui crée %n tables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A whole tar.gz archive of %n file(s).</source>
        <translation>
            <numerusform>Une archive tar.gz complète de %n fichier.</numerusform>
            <numerusform>Une archive tar.gz complète de %n fichiers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Undo: %1</source>
        <translation>Annulation : %1</translation>
    </message>
    <message>
        <source>Locks: %1</source>
        <translation>Verrous : %1</translation>
    </message>
    <message>
        <source>%1. [%2] %3</source>
        <translation>%1. [%2] %3</translation>
    </message>
    <message>
        <source>    undo:</source>
        <translation>    annulation :</translation>
    </message>
    <message>
        <source>If step %1 or a later one fails, these run automatically:</source>
        <translation>Si l&apos;étape %1 ou une suivante échoue, ces étapes s&apos;exécutent automatiquement :</translation>
    </message>
    <message>
        <source>Confirmation required: type %1</source>
        <translation>Confirmation requise : tapez %1</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>this plan has destructive steps: add --confirm %1</source>
        <translation>ce plan comporte des étapes destructrices : ajoutez --confirm %1</translation>
    </message>
    <message>
        <source>run %1 started</source>
        <translation>exécution %1 démarrée</translation>
    </message>
    <message>
        <source>%1 is locked by run %2 (%3), which died without releasing it</source>
        <translation>%1 est verrouillé par l&apos;exécution %2 (%3), qui s&apos;est arrêtée sans libérer le verrou</translation>
    </message>
    <message>
        <source>%1 is locked by run %2 of %3</source>
        <translation>%1 est verrouillé par l&apos;exécution %2 de %3</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>exécution %1 : %2</translation>
    </message>
    <message>
        <source>To undo what succeeded:</source>
        <translation>Pour annuler ce qui a réussi :</translation>
    </message>
    <message>
        <source>Print the plan and stop.</source>
        <translation>Afficher le plan et s&apos;arrêter.</translation>
    </message>
    <message>
        <source>With --plan: print it as JSON.</source>
        <translation>Avec --plan : l&apos;afficher en JSON.</translation>
    </message>
    <message>
        <source>Run the plan without questions.</source>
        <translation>Exécuter le plan sans poser de questions.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>no server named %1</source>
        <translation>aucun serveur nommé %1</translation>
    </message>
</context>
<context>
    <name>Pm2Parser</name>
    <message>
        <source>pm2 printed no process list.</source>
        <translation>pm2 n&apos;a affiché aucune liste de processus.</translation>
    </message>
    <message>
        <source>The process list is not valid JSON (%1 at byte %2).</source>
        <translation>La liste des processus n&apos;est pas un JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>An entry of the process list has no name, id or state.</source>
        <translation>Une entrée de la liste des processus n&apos;a pas de nom, d&apos;identifiant ou d&apos;état.</translation>
    </message>
</context>
<context>
    <name>PostgresCommands</name>
    <message>
        <source>%1 can be written by other users and has no sticky bit: choose a directory only this account can write.</source>
        <translation>%1 est accessible en écriture à d&apos;autres utilisateurs et n&apos;a pas le bit sticky : choisissez un répertoire où seul ce compte peut écrire.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
</context>
<context>
    <name>PrivateKeyFile</name>
    <message>
        <source>Vigie supports Ed25519, ECDSA (NIST P-256, P-384, P-521) and RSA keys.</source>
        <translation>Vigie prend en charge les clés Ed25519, ECDSA (NIST P-256, P-384, P-521) et RSA.</translation>
    </message>
    <message>
        <source>The OpenSSH private key is truncated or damaged: %1 cannot be read.</source>
        <translation>La clé privée OpenSSH est tronquée ou endommagée : impossible de lire %1.</translation>
    </message>
    <message>
        <source>Unsupported key type &quot;%1&quot;. %2</source>
        <translation>Type de clé « %1 » non pris en charge. %2</translation>
    </message>
    <message>
        <source>The public part of the key is damaged.</source>
        <translation>La partie publique de la clé est endommagée.</translation>
    </message>
    <message>
        <source>the private part</source>
        <translation>la partie privée</translation>
    </message>
    <message>
        <source>the check bytes</source>
        <translation>les octets de contrôle</translation>
    </message>
    <message>
        <source>The private key is damaged: its check bytes differ.</source>
        <translation>La clé privée est endommagée : ses octets de contrôle diffèrent.</translation>
    </message>
    <message>
        <source>the key type</source>
        <translation>le type de clé</translation>
    </message>
    <message>
        <source>The private key is damaged: its public and private parts do not match.</source>
        <translation>La clé privée est endommagée : ses parties publique et privée ne correspondent pas.</translation>
    </message>
    <message>
        <source>the Ed25519 key</source>
        <translation>la clé Ed25519</translation>
    </message>
    <message>
        <source>The private key is damaged: the Ed25519 key is inconsistent.</source>
        <translation>La clé privée est endommagée : la clé Ed25519 est incohérente.</translation>
    </message>
    <message>
        <source>the ECDSA key</source>
        <translation>la clé ECDSA</translation>
    </message>
    <message>
        <source>the RSA key</source>
        <translation>la clé RSA</translation>
    </message>
    <message>
        <source>the comment</source>
        <translation>le commentaire</translation>
    </message>
    <message>
        <source>The private key is damaged: unexpected data after the key.</source>
        <translation>La clé privée est endommagée : données inattendues après la clé.</translation>
    </message>
    <message>
        <source>The private key is damaged: its padding is wrong.</source>
        <translation>La clé privée est endommagée : son remplissage est incorrect.</translation>
    </message>
    <message>
        <source>The OpenSSH private key is truncated: its END line is missing.</source>
        <translation>La clé privée OpenSSH est tronquée : sa ligne END est absente.</translation>
    </message>
    <message>
        <source>The OpenSSH private key is empty.</source>
        <translation>La clé privée OpenSSH est vide.</translation>
    </message>
    <message>
        <source>The OpenSSH private key is damaged: its body is not valid base64.</source>
        <translation>La clé privée OpenSSH est endommagée : son contenu n&apos;est pas du base64 valide.</translation>
    </message>
    <message>
        <source>The file is not in the openssh-key-v1 format.</source>
        <translation>Le fichier n&apos;est pas au format openssh-key-v1.</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>l&apos;en-tête</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n keys; Vigie imports exactly one key per file.</source>
        <translation>
            <numerusform>Le fichier contient %n clé ; Vigie importe exactement une clé par fichier.</numerusform>
            <numerusform>Le fichier contient %n clés ; Vigie importe exactement une clé par fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>the public key</source>
        <translation>la clé publique</translation>
    </message>
    <message>
        <source>The key is encrypted with an unsupported method (%1, %2).</source>
        <translation>La clé est chiffrée avec une méthode non prise en charge (%1, %2).</translation>
    </message>
    <message>
        <source>The OpenSSH private key is damaged: it is not encrypted but names a key derivation.</source>
        <translation>La clé privée OpenSSH est endommagée : elle n&apos;est pas chiffrée mais indique une fonction de dérivation de clé.</translation>
    </message>
    <message>
        <source>Unsupported elliptic curve. %1</source>
        <translation>Courbe elliptique non prise en charge. %1</translation>
    </message>
    <message>
        <source>Out of memory while reading the key.</source>
        <translation>Mémoire insuffisante pour lire la clé.</translation>
    </message>
    <message>
        <source>The key is encrypted: its passphrase is needed to read it.</source>
        <translation>La clé est chiffrée : sa phrase de passe est nécessaire pour la lire.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this key.</source>
        <translation>Phrase de passe incorrecte pour cette clé.</translation>
    </message>
    <message>
        <source>The PEM private key cannot be read (%1).</source>
        <translation>Impossible de lire la clé privée PEM (%1).</translation>
    </message>
    <message>
        <source>The PEM private key cannot be read.</source>
        <translation>Impossible de lire la clé privée PEM.</translation>
    </message>
    <message>
        <source>The public part of the PEM key cannot be used.</source>
        <translation>La partie publique de la clé PEM est inutilisable.</translation>
    </message>
    <message>
        <source>The key file is empty.</source>
        <translation>Le fichier de clé est vide.</translation>
    </message>
    <message>
        <source>The file is too large to be a private key.</source>
        <translation>Le fichier est trop volumineux pour être une clé privée.</translation>
    </message>
    <message>
        <source>This is a public key. Choose the private key file (the one without .pub).</source>
        <translation>Ceci est une clé publique. Choisissez le fichier de clé privée (celui sans .pub).</translation>
    </message>
    <message>
        <source>PuTTY/ssh.com private keys are not supported; convert the key to the OpenSSH format first (puttygen KEY -O private-openssh).</source>
        <translation>Les clés privées PuTTY/ssh.com ne sont pas prises en charge ; convertissez d&apos;abord la clé au format OpenSSH (puttygen KEY -O private-openssh).</translation>
    </message>
    <message>
        <source>PuTTY .ppk keys are not supported; convert the key to the OpenSSH format first (puttygen KEY.ppk -O private-openssh).</source>
        <translation>Les clés PuTTY .ppk ne sont pas prises en charge ; convertissez d&apos;abord la clé au format OpenSSH (puttygen KEY.ppk -O private-openssh).</translation>
    </message>
    <message>
        <source>This is not a private key file: expected an OpenSSH or PEM private key.</source>
        <translation>Ce n&apos;est pas un fichier de clé privée : une clé privée OpenSSH ou PEM est attendue.</translation>
    </message>
</context>
<context>
    <name>ProbeScript</name>
    <message>
        <source>Left out of the probe, not valid: %1 “%2”</source>
        <translation>Exclu de la sonde car non valide : %1 « %2 »</translation>
    </message>
    <message>
        <source>systemd unit</source>
        <translation>unité systemd</translation>
    </message>
    <message>
        <source>PM2 command</source>
        <translation>commande PM2</translation>
    </message>
    <message>
        <source>PM2 home</source>
        <translation>répertoire PM2</translation>
    </message>
    <message>
        <source>compose project</source>
        <translation>projet compose</translation>
    </message>
    <message>
        <source>health URL</source>
        <translation>URL de santé</translation>
    </message>
    <message>
        <source>certificate path</source>
        <translation>chemin de certificat</translation>
    </message>
    <message>
        <source>cron path</source>
        <translation>chemin cron</translation>
    </message>
    <message>
        <source>backup target</source>
        <translation>cible de sauvegarde</translation>
    </message>
    <message>
        <source>backup log</source>
        <translation>journal de sauvegarde</translation>
    </message>
    <message>
        <source>psql command</source>
        <translation>commande psql</translation>
    </message>
    <message>
        <source>central database</source>
        <translation>base de données centrale</translation>
    </message>
    <message>
        <source>tenant database prefix</source>
        <translation>préfixe des bases de données clients</translation>
    </message>
    <message>
        <source>tenant query</source>
        <translation>requête des clients</translation>
    </message>
    <message>
        <source>tenant domain</source>
        <translation>domaine des clients</translation>
    </message>
    <message>
        <source>tenant health path</source>
        <translation>chemin de santé des clients</translation>
    </message>
    <message>
        <source>tenant resolve address</source>
        <translation>adresse de résolution des clients</translation>
    </message>
    <message>
        <source>postfix configuration directory</source>
        <translation>répertoire de configuration de postfix</translation>
    </message>
    <message>
        <source>mail service</source>
        <translation>service de courrier</translation>
    </message>
    <message>
        <source>DKIM key</source>
        <translation>clé DKIM</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>serveur DNS</translation>
    </message>
    <message>
        <source>TLS listener</source>
        <translation>point d’écoute TLS</translation>
    </message>
</context>
<context>
    <name>ProbeText</name>
    <message>
        <source>The output is too large to be what the probe sent (%1 bytes).</source>
        <translation>La sortie est trop volumineuse pour provenir de la sonde (%1 octets).</translation>
    </message>
    <message>
        <source>The output contains terminal escape sequences (line %1).</source>
        <translation>La sortie contient des séquences d&apos;échappement de terminal (ligne %1).</translation>
    </message>
    <message>
        <source>The output contains control characters (line %1).</source>
        <translation>La sortie contient des caractères de contrôle (ligne %1).</translation>
    </message>
    <message>
        <source>The output is not valid UTF-8 text.</source>
        <translation>La sortie n&apos;est pas du texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2).</source>
        <translation>%1 : échec (code de sortie %2).</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 : échec (code de sortie %2) : %3</translation>
    </message>
    <message>
        <source>Unexpected output on line %1: “%2”</source>
        <translation>Sortie inattendue à la ligne %1 : « %2 »</translation>
    </message>
    <message>
        <source>The command printed nothing.</source>
        <translation>La commande n&apos;a rien affiché.</translation>
    </message>
</context>
<context>
    <name>ProfileDetector</name>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Several PM2 homes found (%1): set the right one.</source>
        <translation>Plusieurs répertoires PM2 trouvés (%1) : indiquez le bon.</translation>
    </message>
    <message>
        <source>Tenant databases look like %1&lt;id&gt;: write the query that lists tenants from %2.</source>
        <translation>Les bases de données des clients ressemblent à %1&lt;id&gt; : écrivez la requête qui liste les clients depuis %2.</translation>
    </message>
    <message>
        <source>docker did not answer (%1): Compose projects could not be read.</source>
        <translation>docker n’a pas répondu (%1) : les projets Compose n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Several PostgreSQL containers (%1): the databases of %2 are used; change psqlCommand for another one.</source>
        <translation>Plusieurs conteneurs PostgreSQL (%1) : les bases de %2 sont utilisées ; changez psqlCommand pour un autre.</translation>
    </message>
    <message>
        <source>%1 in %2 taken for dumps of %3: check the backup script.</source>
        <translation>%1 dans %2 pris pour des sauvegardes de %3 : vérifiez le script de sauvegarde.</translation>
    </message>
    <message>
        <source>No certificate found (no /etc/letsencrypt/live, none in nginx): set where the certificates are.</source>
        <translation>Aucun certificat trouvé (pas de /etc/letsencrypt/live, aucun dans nginx) : indiquez où sont les certificats.</translation>
    </message>
    <message>
        <source>No single wildcard name in nginx: the tenants&apos; domain is left empty (their subdomains are not checked).</source>
        <translation>Aucun nom générique unique dans nginx : le domaine des clients reste vide (leurs sous-domaines ne sont pas vérifiés).</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a valid profile: %2</source>
        <translation>%1 n&apos;est pas un profil valide : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Unknown profile %1.</source>
        <translation>Profil %1 inconnu.</translation>
    </message>
    <message>
        <source>Host only</source>
        <translation>Hôte seul</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ProvisionCommand</name>
    <message>
        <source>The tenant&apos;s display name.</source>
        <translation>Le nom affiché du client.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>The tenant&apos;s subdomain (default: suggested from the name).</source>
        <translation>Le sous-domaine du client (par défaut : proposé d&apos;après le nom).</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>The new tenant&apos;s UUID (default: a new one).</source>
        <translation>L&apos;UUID du nouveau client (par défaut : un nouvel UUID).</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <source>usage: vigie-cli provision SERVER --name NAME [--subdomain LABEL] [--tenant-id UUID] (--plan [--json] | --yes)</source>
        <translation>utilisation : vigie-cli provision SERVER --name NAME [--subdomain LABEL] [--tenant-id UUID] (--plan [--json] | --yes)</translation>
    </message>
</context>
<context>
    <name>ProvisionPlanner</name>
    <message>
        <source>The profile has no psql command.</source>
        <translation>Le profil n&apos;a pas de commande psql.</translation>
    </message>
    <message>
        <source>The profile has no valid central database.</source>
        <translation>Le profil n&apos;a pas de base centrale valide.</translation>
    </message>
    <message>
        <source>The profile has no valid tenant database prefix.</source>
        <translation>Le profil n&apos;a pas de préfixe valide pour les bases des clients.</translation>
    </message>
    <message>
        <source>The profile has no tenant query.</source>
        <translation>Le profil n&apos;a pas de requête des clients.</translation>
    </message>
    <message>
        <source>The profile has no tenant domain.</source>
        <translation>Le profil n&apos;a pas de domaine des clients.</translation>
    </message>
    <message>
        <source>The profile&apos;s tenant domain is not a DNS name.</source>
        <translation>Le domaine des clients du profil n&apos;est pas un nom DNS.</translation>
    </message>
    <message>
        <source>The profile&apos;s tenant health path is not valid.</source>
        <translation>Le chemin de contrôle de santé des clients du profil n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The profile&apos;s tenant resolve address is not valid.</source>
        <translation>L&apos;adresse de résolution des clients du profil n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The profile&apos;s provisioning script is not an absolute path.</source>
        <translation>Le script de provisionnement du profil n&apos;est pas un chemin absolu.</translation>
    </message>
    <message>
        <source>The profile&apos;s subdomain script is not an absolute path.</source>
        <translation>Le script de sous-domaine du profil n&apos;est pas un chemin absolu.</translation>
    </message>
    <message>
        <source>The profile has neither a provisioning script nor the SQL that registers a tenant.</source>
        <translation>Le profil n&apos;a ni script de provisionnement ni le SQL qui enregistre un client.</translation>
    </message>
    <message>
        <source>The profile has no valid tenant migrations directory.</source>
        <translation>Le profil n&apos;a pas de répertoire valide pour les migrations des clients.</translation>
    </message>
    <message>
        <source>The profile&apos;s tenant database owner is not a valid role name.</source>
        <translation>Le propriétaire des bases des clients du profil n&apos;est pas un nom de rôle valide.</translation>
    </message>
    <message>
        <source>Check that no other tenant uses the subdomain %1</source>
        <translation>Vérifier qu&apos;aucun autre client n&apos;utilise le sous-domaine %1</translation>
    </message>
    <message>
        <source>The subdomain is free.</source>
        <translation>Le sous-domaine est libre.</translation>
    </message>
    <message>
        <source>A tenant already uses the subdomain %1 (or one that differs only by &apos;-&apos;, &apos;_&apos; or case).</source>
        <translation>Un client utilise déjà le sous-domaine %1 (ou un sous-domaine qui n&apos;en diffère que par « - », « _ » ou la casse).</translation>
    </message>
    <message>
        <source>Create the database %1</source>
        <translation>Créer la base de données %1</translation>
    </message>
    <message>
        <source>The database already has tables: migrations were applied before.</source>
        <translation>La base de données a déjà des tables : des migrations y ont déjà été appliquées.</translation>
    </message>
    <message>
        <source>A migration file cannot be read.</source>
        <translation>Un fichier de migration est illisible.</translation>
    </message>
    <message>
        <source>No *.sql file in %1.</source>
        <translation>Aucun fichier *.sql dans %1.</translation>
    </message>
    <message>
        <source>The subdomain %1 is too close to the existing %2.</source>
        <translation>Le sous-domaine %1 est trop proche du sous-domaine existant %2.</translation>
    </message>
    <message>
        <source>The tenant id must be a lower-case UUID.</source>
        <translation>L&apos;identifiant du client doit être un UUID en minuscules.</translation>
    </message>
    <message>
        <source>Provision %1 (%2)</source>
        <translation>Provisionner %1 (%2)</translation>
    </message>
    <message>
        <source>Register %1 as provisioned in %2</source>
        <translation>Enregistrer %1 comme provisionné dans %2</translation>
    </message>
    <message>
        <source>Register %1 in %2</source>
        <translation>Enregistrer %1 dans %2</translation>
    </message>
    <message>
        <source>Run the server&apos;s provisioning script for %1</source>
        <translation>Exécuter le script de provisionnement du serveur pour %1</translation>
    </message>
    <message>
        <source>Add the subdomain %1</source>
        <translation>Ajouter le sous-domaine %1</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>Contrôler %1</translation>
    </message>
    <message>
        <source>The profile&apos;s psql command has no psql to log in as the tenant database owner with: set the migrations psql command.</source>
        <translation>La commande psql du profil ne contient pas de psql avec lequel se connecter sous le rôle propriétaire des bases des tenants : indiquez la commande psql des migrations.</translation>
    </message>
    <message>
        <source>Migrations never run as a role that is or can become a superuser; set the profile&apos;s tenant database owner. The migrations connection logs in as (role|superuser):</source>
        <translation>Les migrations ne s&apos;exécutent jamais sous un rôle superutilisateur ou pouvant le devenir ; indiquez le propriétaire des bases des tenants dans le profil. La connexion des migrations se fait en tant que (rôle|superutilisateur) :</translation>
    </message>
    <message>
        <source>Migrations run only logged in as the role %1, which must not be or become a superuser. The migrations connection logs in as (role|superuser):</source>
        <translation>Les migrations ne s&apos;exécutent que connectées sous le rôle %1, qui ne doit pas être ni pouvoir devenir superutilisateur. La connexion des migrations se fait en tant que (rôle|superutilisateur) :</translation>
    </message>
    <message>
        <source>Apply the migrations of %1 to %2 with the psql command&apos;s own login (refused for a superuser)</source>
        <translation>Appliquer les migrations de %1 à %2 avec la connexion propre de la commande psql (refusé pour un superutilisateur)</translation>
    </message>
    <message>
        <source>Apply the migrations of %1 to %2, logged in as the role %3</source>
        <translation>Appliquer les migrations de %1 à %2, connecté sous le rôle %3</translation>
    </message>
</context>
<context>
    <name>RemoteRead</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RenewalParser</name>
    <message>
        <source>The output ends before the search did.</source>
        <translation>La sortie s&apos;arrête avant la fin de la recherche.</translation>
    </message>
    <message>
        <source>%1, next run %2 UTC</source>
        <translation>%1, prochaine exécution %2 UTC</translation>
    </message>
    <message>
        <source>%1, no run scheduled</source>
        <translation>%1, aucune exécution planifiée</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>To put the safety dump back: vigie-cli restore %1 --database %2 --backup %3 --skip-safety-dump --confirm-skip %4 --yes --confirm %2</source>
        <translation>Pour remettre en place la sauvegarde de sécurité : vigie-cli restore %1 --database %2 --backup %3 --skip-safety-dump --confirm-skip %4 --yes --confirm %2</translation>
    </message>
    <message>
        <source>The database to restore.</source>
        <translation>La base de données à restaurer.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>The backup file on the server (default: the newest).</source>
        <translation>Le fichier de sauvegarde sur le serveur (par défaut : le plus récent).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Restore into a new database with this name instead.</source>
        <translation>Restaurer plutôt dans une nouvelle base portant ce nom.</translation>
    </message>
    <message>
        <source>The tenant&apos;s subdomain, for the health check.</source>
        <translation>Le sous-domaine du client, pour le contrôle de santé.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>Do not dump the database first.</source>
        <translation>Ne pas faire d&apos;abord une sauvegarde de sécurité de la base.</translation>
    </message>
    <message>
        <source>With --skip-safety-dump: the phrase &quot;skip DATABASE&quot;.</source>
        <translation>Avec --skip-safety-dump : la phrase « skip DATABASE ».</translation>
    </message>
    <message>
        <source>phrase</source>
        <translation>phrase</translation>
    </message>
    <message>
        <source>With --yes: the database name, to confirm its replacement.</source>
        <translation>Avec --yes : le nom de la base de données, pour confirmer son remplacement.</translation>
    </message>
    <message>
        <source>usage: vigie-cli restore SERVER --database DB [--backup FILE] [--to-copy NAME] [--tenant-subdomain LABEL] [--skip-safety-dump --confirm-skip &quot;skip DB&quot;] (--plan [--json] | --yes [--confirm DB])</source>
        <translation>utilisation : vigie-cli restore SERVER --database DB [--backup FILE] [--to-copy NAME] [--tenant-subdomain LABEL] [--skip-safety-dump --confirm-skip &quot;skip DB&quot;] (--plan [--json] | --yes [--confirm DB])</translation>
    </message>
    <message>
        <source>no backup of %1 found</source>
        <translation>aucune sauvegarde de %1 trouvée</translation>
    </message>
</context>
<context>
    <name>RestorePlanner</name>
    <message>
        <source>Count the rows of %1 before</source>
        <translation>Compter les lignes de %1 avant</translation>
    </message>
    <message>
        <source>Count the rows of %1 after</source>
        <translation>Compter les lignes de %1 après</translation>
    </message>
    <message>
        <source>Safety dump of %1 into %2</source>
        <translation>Sauvegarde de sécurité de %1 dans %2</translation>
    </message>
    <message>
        <source>pg_dump of %1 failed.</source>
        <translation>Le pg_dump de %1 a échoué.</translation>
    </message>
    <message>
        <source>Writing the safety dump failed.</source>
        <translation>L&apos;écriture de la sauvegarde de sécurité a échoué.</translation>
    </message>
    <message>
        <source>Close the connections to %1 (other tenants stay online)</source>
        <translation>Couper les connexions à %1 (les autres clients restent en ligne)</translation>
    </message>
    <message>
        <source>Close the connections to %1</source>
        <translation>Couper les connexions à %1</translation>
    </message>
    <message>
        <source>Stop %1 and close the connections to %2</source>
        <translation>Arrêter %1 et couper les connexions à %2</translation>
    </message>
    <message>
        <source>Reopen the connections to %1</source>
        <translation>Rouvrir les connexions à %1</translation>
    </message>
    <message>
        <source>Start %1 again</source>
        <translation>Redémarrer %1</translation>
    </message>
    <message>
        <source>Replace the contents of %1 with %2</source>
        <translation>Remplacer le contenu de %1 par %2</translation>
    </message>
    <message>
        <source>Restore %1 into %2</source>
        <translation>Restaurer %1 dans %2</translation>
    </message>
    <message>
        <source>Decrypting %1 failed.</source>
        <translation>Le déchiffrement de %1 a échoué.</translation>
    </message>
    <message>
        <source>pg_restore into %1 failed; the transaction was rolled back.</source>
        <translation>Le pg_restore dans %1 a échoué ; la transaction a été annulée.</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>Contrôler %1</translation>
    </message>
    <message>
        <source>Check the health URLs</source>
        <translation>Contrôler les URL de santé</translation>
    </message>
    <message>
        <source>Cannot decrypt %1: wrong passphrase or damaged file.</source>
        <translation>Impossible de déchiffrer %1 : phrase de passe erronée ou fichier endommagé.</translation>
    </message>
    <message>
        <source>%1 is not a readable pg_dump archive.</source>
        <translation>%1 n&apos;est pas une archive pg_dump lisible.</translation>
    </message>
    <message>
        <source>The backup must be an absolute path on the server.</source>
        <translation>La sauvegarde doit être un chemin absolu sur le serveur.</translation>
    </message>
    <message>
        <source>The profile names no backup passphrase file to decrypt %1.</source>
        <translation>Le profil n&apos;indique aucun fichier de phrase de passe des sauvegardes pour déchiffrer %1.</translation>
    </message>
    <message>
        <source>The profile&apos;s psql command names no psql (pg_restore and pg_dump are found next to it).</source>
        <translation>La commande psql du profil n&apos;indique pas de psql (pg_restore et pg_dump se trouvent à côté).</translation>
    </message>
    <message>
        <source>The profile&apos;s backup passphrase file is not an absolute path.</source>
        <translation>Le fichier de phrase de passe des sauvegardes du profil n&apos;est pas un chemin absolu.</translation>
    </message>
    <message>
        <source>The copy needs a name other than %1.</source>
        <translation>La copie doit porter un autre nom que %1.</translation>
    </message>
    <message>
        <source>The profile has no valid safety dump directory.</source>
        <translation>Le profil n&apos;a pas de répertoire valide pour les sauvegardes de sécurité.</translation>
    </message>
    <message>
        <source>To restore without a safety dump, type &quot;%1&quot;.</source>
        <translation>Pour restaurer sans sauvegarde de sécurité, tapez « %1 ».</translation>
    </message>
    <message>
        <source>The profile&apos;s restore script is not an absolute path.</source>
        <translation>Le script de restauration du profil n&apos;est pas un chemin absolu.</translation>
    </message>
    <message>
        <source>The profile names an invalid PM2 application: %1</source>
        <translation>Le profil indique une application PM2 non valide : %1</translation>
    </message>
    <message>
        <source>Restore a copy of %1 as %2 (%3)</source>
        <translation>Restaurer une copie de %1 sous le nom %2 (%3)</translation>
    </message>
    <message>
        <source>Restore %1 from %2 (%3)</source>
        <translation>Restaurer %1 depuis %2 (%3)</translation>
    </message>
    <message>
        <source>Create the empty database %1</source>
        <translation>Créer la base de données vide %1</translation>
    </message>
    <message>
        <source>This restore made no safety dump.</source>
        <translation>Cette restauration n&apos;a pas fait de sauvegarde de sécurité.</translation>
    </message>
    <message>
        <source>Put back the safety dump of %1</source>
        <translation>Remettre en place la sauvegarde de sécurité de %1</translation>
    </message>
    <message>
        <source>%1 is not a whole gzip file: truncated or damaged.</source>
        <translation>%1 n’est pas un fichier gzip complet : tronqué ou endommagé.</translation>
    </message>
    <message>
        <source>%1 is not an SQL script made by pg_dump.</source>
        <translation>%1 n’est pas un script SQL produit par pg_dump.</translation>
    </message>
    <message>
        <source>%1 is cut short: it does not end like a complete pg_dump.</source>
        <translation>%1 est tronqué : il ne se termine pas comme un pg_dump complet.</translation>
    </message>
    <message>
        <source>psql into %1 failed; the transaction was rolled back.</source>
        <translation>psql dans %1 a échoué ; la transaction a été annulée.</translation>
    </message>
    <message>
        <source>Verify the backup %1 (decrypt and read it through)</source>
        <translation>Vérifier la sauvegarde %1 (la déchiffrer et la lire entièrement)</translation>
    </message>
    <message>
        <source>%1 is not a whole tar.gz archive: truncated or damaged.</source>
        <translation>%1 n’est pas une archive tar.gz complète : tronquée ou endommagée.</translation>
    </message>
</context>
<context>
    <name>RunLayout</name>
    <message>
        <source>A lock target cannot be empty.</source>
        <translation>Une cible de verrou ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The lock target %1 is longer than 120 characters.</source>
        <translation>La cible de verrou %1 dépasse 120 caractères.</translation>
    </message>
    <message>
        <source>The lock target %1 contains spaces or control characters.</source>
        <translation>La cible de verrou %1 contient des espaces ou des caractères de contrôle.</translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Annulée par retour arrière</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Lost (runner gone)</source>
        <translation>Perdue (exécuteur disparu)</translation>
    </message>
    <message>
        <source>Running (step %1 of %2)</source>
        <translation>En cours (étape %1 sur %2)</translation>
    </message>
    <message>
        <source>Failed at step %1</source>
        <translation>Échec à l’étape %1</translation>
    </message>
    <message>
        <source>Rolled back after step %1 failed</source>
        <translation>Annulée par retour arrière après l’échec de l’étape %1</translation>
    </message>
    <message>
        <source>Cancelled at step %1</source>
        <translation>Interrompue à l’étape %1</translation>
    </message>
    <message>
        <source>Lost at step %1 (runner gone)</source>
        <translation>Perdue à l’étape %1 (exécuteur disparu)</translation>
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
        <translation>utilisation : vigie-cli runs list [--json] SERVER
              vigie-cli runs attach SERVER RUN_ID
              vigie-cli runs cancel SERVER RUN_ID
              vigie-cli runs clear-lock --yes SERVER TARGET
              (chacune accepte --runs-dir DIR pour remplacer le dossier du profil du serveur)</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Exécution %1 : %2</translation>
    </message>
    <message>
        <source>at step %1 of %2</source>
        <translation>à l&apos;étape %1 sur %2</translation>
    </message>
    <message>
        <source>stale lock %1: run %2 of %3 since %4</source>
        <translation>verrou orphelin %1 : exécution %2 de %3 depuis %4</translation>
    </message>
    <message>
        <source>lock %1: run %2 of %3 since %4</source>
        <translation>verrou %1 : exécution %2 de %3 depuis %4</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Sortie JSON.</translation>
    </message>
    <message>
        <source>Confirm clearing a stale lock.</source>
        <translation>Confirmer la suppression d&apos;un verrou orphelin.</translation>
    </message>
    <message>
        <source>Runs directory on the server.</source>
        <translation>Répertoire des exécutions sur le serveur.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>rép</translation>
    </message>
    <message>
        <source>no server named %1</source>
        <translation>aucun serveur nommé %1</translation>
    </message>
    <message>
        <source>Clearing a lock lets another run change %1 although the dead run may have left it half-changed. Check it, then confirm with --yes.</source>
        <translation>Supprimer un verrou permet à une autre exécution de modifier %1 alors que l&apos;exécution morte l&apos;a peut-être laissé à moitié modifié. Vérifiez-le, puis confirmez avec --yes.</translation>
    </message>
    <message>
        <source>Lock on %1 cleared.</source>
        <translation>Verrou sur %1 supprimé.</translation>
    </message>
    <message>
        <source>Connection lost (%1); reattaching…</source>
        <translation>Connexion perdue (%1) ; reprise du suivi…</translation>
    </message>
</context>
<context>
    <name>SectionCheck</name>
    <message>
        <source>The probe returned nothing for this section.</source>
        <translation>La sonde n&apos;a rien renvoyé pour cette section.</translation>
    </message>
    <message>
        <source>The output stopped before the end of this section (connection lost or output cut).</source>
        <translation>La sortie s&apos;est arrêtée avant la fin de cette section (connexion perdue ou sortie tronquée).</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n ms: the section&apos;s time limit.</source>
        <translation>
            <numerusform>Arrêtée après %n ms : limite de temps de la section atteinte.</numerusform>
            <numerusform>Arrêtée après %n ms : limite de temps de la section atteinte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not configured in the server&apos;s profile.</source>
        <translation>Non configuré dans le profil du serveur.</translation>
    </message>
    <message>
        <source>systemd is not running on this server.</source>
        <translation>systemd n&apos;est pas actif sur ce serveur.</translation>
    </message>
    <message>
        <source>%1 is not installed on the server.</source>
        <translation>%1 n&apos;est pas installé sur le serveur.</translation>
    </message>
    <message>
        <source>Needs root or passwordless sudo: %1</source>
        <translation>Nécessite root ou sudo sans mot de passe : %1</translation>
    </message>
    <message>
        <source>The PM2 daemon is not running (no %1).</source>
        <translation>Le démon PM2 n&apos;est pas lancé (pas de %1).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The probe could not create its temporary directory on the server.</source>
        <translation>La sonde n&apos;a pas pu créer son répertoire temporaire sur le serveur.</translation>
    </message>
    <message>
        <source>Output cut at %1 bytes: only part of it was read.</source>
        <translation>Sortie tronquée à %1 octets : seule une partie a été lue.</translation>
    </message>
    <message>
        <source>Output cut at %1 bytes.</source>
        <translation>Sortie tronquée à %1 octets.</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>The server needs a name.</source>
        <translation>Le serveur doit avoir un nom.</translation>
    </message>
    <message>
        <source>The host must be a host name or an IP address.</source>
        <translation>L&apos;hôte doit être un nom d&apos;hôte ou une adresse IP.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The user name is not a valid Unix login name.</source>
        <translation>Le nom d&apos;utilisateur n&apos;est pas un identifiant de connexion Unix valide.</translation>
    </message>
    <message>
        <source>Choose a key from the keychain, or the SSH agent.</source>
        <translation>Choisissez une clé du trousseau, ou l&apos;agent SSH.</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>The profile has no id.</source>
        <translation>Le profil n&apos;a pas d&apos;identifiant.</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion en cours…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>Connecting: looking up the host name…</source>
        <translation>Connexion : résolution du nom d&apos;hôte…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connecting: SSH handshake…</source>
        <translation>Connexion : négociation SSH…</translation>
    </message>
    <message>
        <source>Connecting: waiting for you to check the server&apos;s host key.</source>
        <translation>Connexion : en attente de votre vérification de la clé d&apos;hôte du serveur.</translation>
    </message>
    <message>
        <source>Connecting: logging in…</source>
        <translation>Connexion : authentification…</translation>
    </message>
    <message>
        <source>Connecting: waiting for the key&apos;s passphrase.</source>
        <translation>Connexion : en attente de la phrase de passe de la clé.</translation>
    </message>
    <message>
        <source>Connecting: reading the key from the keychain…</source>
        <translation>Connexion : lecture de la clé dans le trousseau…</translation>
    </message>
</context>
<context>
    <name>ServersCommand</name>
    <message>
        <source>servers: missing subcommand</source>
        <translation>servers : sous-commande manquante</translation>
    </message>
    <message>
        <source>Server name.</source>
        <translation>Nom du serveur.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Host name or address.</source>
        <translation>Nom d&apos;hôte ou adresse.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>SSH port.</source>
        <translation>Port SSH.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Login user.</source>
        <translation>Utilisateur de connexion.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>Key from the keychain.</source>
        <translation>Clé du trousseau.</translation>
    </message>
    <message>
        <source>Use the SSH agent.</source>
        <translation>Utiliser l&apos;agent SSH.</translation>
    </message>
    <message>
        <source>Group.</source>
        <translation>Groupe.</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Sortie au format JSON.</translation>
    </message>
    <message>
        <source>no key named %1 in the keychain</source>
        <translation>aucune clé nommée %1 dans le trousseau</translation>
    </message>
    <message>
        <source>Added %1 (%2)</source>
        <translation>Serveur %1 ajouté (%2)</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>servers remove needs exactly one NAME</source>
        <translation>servers remove attend exactement un NAME</translation>
    </message>
    <message>
        <source>no server named %1</source>
        <translation>aucun serveur nommé %1</translation>
    </message>
    <message>
        <source>servers: unknown subcommand %1</source>
        <translation>servers : sous-commande inconnue %1</translation>
    </message>
    <message>
        <source>Nothing added: pass --yes to add these servers.</source>
        <translation>Rien n&apos;a été ajouté : utilisez --yes pour ajouter ces serveurs.</translation>
    </message>
    <message>
        <source>%1 already exists: skipped</source>
        <translation>%1 existe déjà : ignoré</translation>
    </message>
    <message>
        <source>Built-in profile preset.</source>
        <translation>Profil prédéfini intégré.</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>préréglage</translation>
    </message>
    <message>
        <source>Profile JSON file to copy.</source>
        <translation>Fichier JSON de profil à copier.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>ssh_config file.</source>
        <translation>Fichier ssh_config.</translation>
    </message>
    <message>
        <source>Import each IdentityFile into the keychain.</source>
        <translation>Importer chaque IdentityFile dans le trousseau.</translation>
    </message>
    <message>
        <source>Add every host without asking.</source>
        <translation>Ajouter tous les hôtes sans demander.</translation>
    </message>
    <message>
        <source>unknown profile %1 (presets: %2)</source>
        <translation>profil %1 inconnu (préréglages : %2)</translation>
    </message>
    <message>
        <source>%1 is not a valid profile: %2</source>
        <translation>%1 n’est pas un profil valide : %2</translation>
    </message>
    <message>
        <source>usage: vigie-cli servers ignore NAME [AREA ...]</source>
        <translation>utilisation : vigie-cli servers ignore NOM [DOMAINE ...]</translation>
    </message>
    <message>
        <source>unknown area %1 (areas: services, certificates, backups, tenants)</source>
        <translation>domaine inconnu %1 (domaines : services, certificates, backups, tenants)</translation>
    </message>
</context>
<context>
    <name>ServiceCommands</name>
    <message>
        <source>Not a PM2 application of this server: %1</source>
        <translation>Ce n&apos;est pas une application PM2 de ce serveur : %1</translation>
    </message>
    <message>
        <source>Unknown log %1: use a log of the server&apos;s profile or pm2:&lt;app&gt;.</source>
        <translation>Journal %1 inconnu : utilisez un journal du profil du serveur ou pm2:&lt;app&gt;.</translation>
    </message>
    <message>
        <source>%1 is not a unit of this server&apos;s profile.</source>
        <translation>%1 n&apos;est pas une unité du profil de ce serveur.</translation>
    </message>
    <message>
        <source>Invalid unit name %1.</source>
        <translation>Nom d&apos;unité %1 non valide.</translation>
    </message>
    <message>
        <source>Invalid certificate name %1.</source>
        <translation>Nom de certificat %1 non valide.</translation>
    </message>
    <message>
        <source>Invalid path %1.</source>
        <translation>Chemin %1 non valide.</translation>
    </message>
    <message>
        <source>Invalid container name %1.</source>
        <translation>Nom de conteneur invalide : %1.</translation>
    </message>
</context>
<context>
    <name>SshAuthenticator</name>
    <message>
        <source>the server offers: %1</source>
        <translation>le serveur propose : %1</translation>
    </message>
</context>
<context>
    <name>SshConfigImport</name>
    <message>
        <source>%1 %2 is not supported: Vigie connects directly.</source>
        <translation>%1 %2 n&apos;est pas pris en charge : Vigie se connecte directement.</translation>
    </message>
    <message>
        <source>Invalid port %1.</source>
        <translation>Port %1 non valide.</translation>
    </message>
    <message>
        <source>The file uses Include, which is not followed: check the imported values.</source>
        <translation>Le fichier utilise Include, qui n&apos;est pas suivi : vérifiez les valeurs importées.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>HostName is not a valid host name or IP address: not imported.</source>
        <translation>HostName n’est ni un nom d’hôte ni une adresse IP valides : non importé.</translation>
    </message>
</context>
<context>
    <name>SshError</name>
    <message>
        <source>%1 refused the connection. Check the host and the SSH port, and that sshd is running.</source>
        <translation>%1 a refusé la connexion. Vérifiez l&apos;hôte et le port SSH, et que sshd est bien lancé.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The server may be down, overloaded or behind a firewall.</source>
        <translation>%1 n&apos;a pas répondu à temps. Le serveur est peut-être arrêté, surchargé ou derrière un pare-feu.</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved. Check its spelling and your DNS.</source>
        <translation>Le nom d&apos;hôte %1 n&apos;a pas pu être résolu. Vérifiez son orthographe et votre DNS.</translation>
    </message>
    <message>
        <source>Network error while connecting to %1.</source>
        <translation>Erreur réseau lors de la connexion à %1.</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed: no common algorithms, or this is not an SSH server.</source>
        <translation>La négociation SSH avec %1 a échoué : aucun algorithme commun, ou ce n&apos;est pas un serveur SSH.</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet. Check its fingerprint and trust it before connecting.</source>
        <translation>La clé d&apos;hôte de %1 n&apos;est pas encore connue. Vérifiez son empreinte et faites-lui confiance avant de vous connecter.</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has CHANGED. Someone may be intercepting the connection, or the server was reinstalled. Vigie refused to connect and sent no credentials. Known: %2 (%3, line %4). Offered now: %5.</source>
        <translation>ATTENTION : la clé d&apos;hôte de %1 a CHANGÉ. Quelqu&apos;un intercepte peut-être la connexion, ou le serveur a été réinstallé. Vigie a refusé de se connecter et n&apos;a envoyé aucun identifiant. Connue : %2 (%3, ligne %4). Présentée maintenant : %5.</translation>
    </message>
    <message>
        <source>The host key offered by %1 is marked as revoked in %2 (line %3). Vigie refused to connect.</source>
        <translation>La clé d&apos;hôte présentée par %1 est marquée comme révoquée dans %2 (ligne %3). Vigie a refusé de se connecter.</translation>
    </message>
    <message>
        <source>The host key of %1 was not accepted. Nothing was sent to the server.</source>
        <translation>La clé d&apos;hôte de %1 n&apos;a pas été acceptée. Rien n&apos;a été envoyé au serveur.</translation>
    </message>
    <message>
        <source>The known hosts file %1 cannot be read (line %2). Vigie will not connect until it is fixed.</source>
        <translation>Le fichier des hôtes connus %1 est illisible (ligne %2). Vigie ne se connectera pas tant qu&apos;il n&apos;aura pas été corrigé.</translation>
    </message>
    <message>
        <source>%1 rejected the key. Add its public key to the user&apos;s authorized_keys on the server, or choose another key.</source>
        <translation>%1 a rejeté la clé. Ajoutez sa clé publique au fichier authorized_keys de l&apos;utilisateur sur le serveur, ou choisissez une autre clé.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the private key.</source>
        <translation>Phrase de passe incorrecte pour la clé privée.</translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase and none was given.</source>
        <translation>La clé privée est protégée par une phrase de passe et aucune n&apos;a été fournie.</translation>
    </message>
    <message>
        <source>%1 does not accept public key authentication for this user. Vigie only logs in with keys.</source>
        <translation>%1 n&apos;accepte pas l&apos;authentification par clé publique pour cet utilisateur. Vigie se connecte uniquement avec des clés.</translation>
    </message>
    <message>
        <source>No SSH agent is running (SSH_AUTH_SOCK is not set or not reachable).</source>
        <translation>Aucun agent SSH n&apos;est en cours d&apos;exécution (SSH_AUTH_SOCK n&apos;est pas défini ou n&apos;est pas joignable).</translation>
    </message>
    <message>
        <source>The SSH agent holds no keys, or %1 accepted none of them.</source>
        <translation>L&apos;agent SSH ne contient aucune clé, ou %1 n&apos;en a accepté aucune.</translation>
    </message>
    <message>
        <source>The private key cannot be used: its format is not supported.</source>
        <translation>La clé privée est inutilisable : son format n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>The private key could not be read from the keychain.</source>
        <translation>La clé privée n&apos;a pas pu être lue depuis le trousseau.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>La connexion à %1 a été perdue.</translation>
    </message>
    <message>
        <source>%1 refused to run the command (channel failure).</source>
        <translation>%1 a refusé d&apos;exécuter la commande (échec du canal).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 refused the RSA key: this build of Vigie uses libssh2 %2, which cannot sign with rsa-sha2 as current OpenSSH servers require. Use an Ed25519 or ECDSA key (Vigie can generate an Ed25519 key), or a build with libssh2 1.11 or later.</source>
        <translation>%1 a refusé la clé RSA : cette version de Vigie utilise libssh2 %2, qui ne sait pas signer en rsa-sha2 comme l’exigent les serveurs OpenSSH actuels. Utilisez une clé Ed25519 ou ECDSA (Vigie peut générer une clé Ed25519), ou une version compilée avec libssh2 1.11 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>JSON output.</source>
        <translation>Sortie au format JSON.</translation>
    </message>
    <message>
        <source>Connection timeout in seconds.</source>
        <translation>Délai de connexion, en secondes.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>no server named %1</source>
        <translation>aucun serveur nommé %1</translation>
    </message>
    <message>
        <source>no servers: add one with vigie-cli servers add</source>
        <translation>aucun serveur : ajoutez-en un avec vigie-cli servers add</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>injoignable : %1</translation>
    </message>
    <message>
        <source>Run: vigie-cli detect --save %1</source>
        <translation>Lancez : vigie-cli detect --save %1</translation>
    </message>
    <message>
        <source>Mail (in Services)</source>
        <translation>Courrier (dans Services)</translation>
    </message>
</context>
<context>
    <name>SystemdParser</name>
    <message>
        <source>A unit without its Id in the output.</source>
        <translation>Une unité sans son Id dans la sortie.</translation>
    </message>
    <message>
        <source>No unit in the output.</source>
        <translation>Aucune unité dans la sortie.</translation>
    </message>
</context>
<context>
    <name>UfwParser</name>
    <message>
        <source>ufw did not say whether it is active.</source>
        <translation>ufw n&apos;a pas indiqué s&apos;il est actif.</translation>
    </message>
</context>
<context>
    <name>VitalsParser</name>
    <message>
        <source>df printed no table.</source>
        <translation>df n&apos;a affiché aucun tableau.</translation>
    </message>
    <message>
        <source>The load average could not be read.</source>
        <translation>La charge moyenne n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The memory figures could not be read.</source>
        <translation>Les chiffres de la mémoire n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The uptime could not be read.</source>
        <translation>La durée de fonctionnement n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Disk usage: %1</source>
        <translation>Utilisation des disques : %1</translation>
    </message>
    <message>
        <source>Reading the host&apos;s vitals</source>
        <translation>Lecture des indicateurs vitaux de l&apos;hôte</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operations console for servers reached over SSH.</source>
        <translation>Console d&apos;exploitation pour serveurs accessibles par SSH.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Your keys could not be loaded: %1</source>
        <translation>Vos clés n&apos;ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>Your servers could not be loaded: %1</source>
        <translation>Vos serveurs n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>The journal of operations could not be opened: %1</source>
        <translation>Le journal des opérations n&apos;a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>Once every server has been refreshed at start, write how many were to FILE.</source>
        <translation>Une fois chaque serveur rafraîchi au démarrage, écrire combien l&apos;ont été dans FILE.</translation>
    </message>
    <message>
        <source>Once every server has been refreshed at start, save a picture of the window to FILE (PNG).</source>
        <translation>Une fois chaque serveur rafraîchi au démarrage, enregistrer une image de la fenêtre dans FILE (PNG).</translation>
    </message>
    <message>
        <source>Close the window once every server has been refreshed at start.</source>
        <translation>Fermer la fenêtre une fois chaque serveur rafraîchi au démarrage.</translation>
    </message>
</context>
<context>
    <name>vigie-cli</name>
    <message>
        <source>unknown command: %1</source>
        <translation>commande inconnue : %1</translation>
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
        <translation>Utilisation : vigie-cli &lt;commande&gt; [options]

Commandes :
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

La sortie de logs, exec et des exécutions perd ses séquences de contrôle du terminal (sauf les couleurs)
quand elle va vers un terminal ; --raw les garde.
</translation>
    </message>
</context>
<context>
    <name>vigie::AlertNotifier</name>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2 : %3</translation>
    </message>
    <message>
        <source>%1 needs attention</source>
        <translation>%1 requiert votre attention</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n server(s)</source>
        <comment>health: count</comment>
        <translation>
            <numerusform>%1 : %n serveur</numerusform>
            <numerusform>%1 : %n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Vigie — %1</source>
        <translation>Vigie — %1</translation>
    </message>
</context>
<context>
    <name>vigie::BackupFileTableModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
</context>
<context>
    <name>vigie::BackupTableModel</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>no backup found in %1 matching %2</source>
        <translation>aucune sauvegarde correspondant à %2 dans %1</translation>
    </message>
    <message numerus="yes">
        <source>the latest backup is %1 old, more than %n hour(s)</source>
        <translation>
            <numerusform>la dernière sauvegarde date de %1, soit plus de %n heure</numerusform>
            <numerusform>la dernière sauvegarde date de %1, soit plus de %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>the latest backup is empty</source>
        <translation>la dernière sauvegarde est vide</translation>
    </message>
    <message>
        <source>not every backup is encrypted</source>
        <translation>certaines sauvegardes ne sont pas chiffrées</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>jours manquants : %1</translation>
    </message>
    <message>
        <source>no backup</source>
        <translation>aucune sauvegarde</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <comment>no missing day</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Days without a backup within the retention window: %1</source>
        <translation>Jours sans sauvegarde dans la période de rétention : %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Latest backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffrée</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Missing days</source>
        <translation>Jours manquants</translation>
    </message>
    <message>
        <source>Size trend</source>
        <translation>Évolution de la taille</translation>
    </message>
    <message>
        <source>Age of the latest backup, by the server&apos;s clock</source>
        <translation>Âge de la dernière sauvegarde, selon l&apos;horloge du serveur</translation>
    </message>
    <message>
        <source>Backup files found for this target</source>
        <translation>Fichiers de sauvegarde trouvés pour cette cible</translation>
    </message>
    <message>
        <source>Days without a backup within the retention window (today excluded)</source>
        <translation>Jours sans sauvegarde dans la période de rétention (aujourd&apos;hui exclu)</translation>
    </message>
    <message>
        <source>Size of each backup, oldest on the left, newest on the right</source>
        <translation>Taille de chaque sauvegarde, de la plus ancienne à gauche à la plus récente à droite</translation>
    </message>
</context>
<context>
    <name>vigie::BackupsDashboard</name>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Check that the selected backup decrypts and that its archive is readable</source>
        <translation>Vérifier que la sauvegarde sélectionnée se déchiffre et que son archive est lisible</translation>
    </message>
    <message>
        <source>Copy the selected backup to this computer</source>
        <translation>Copier la sauvegarde sélectionnée sur cet ordinateur</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>The backup log is empty.</source>
        <translation>Le journal des sauvegardes est vide.</translation>
    </message>
    <message>
        <source>Backup log</source>
        <translation>Journal des sauvegardes</translation>
    </message>
    <message>
        <source>No backup target in the server&apos;s profile: Vigie cannot tell whether this server is backed up.</source>
        <translation>Aucune cible de sauvegarde dans le profil du serveur : Vigie ne peut pas savoir si ce serveur est sauvegardé.</translation>
    </message>
    <message>
        <source>The server&apos;s profile names no backup command</source>
        <translation>Le profil du serveur n&apos;indique aucune commande de sauvegarde</translation>
    </message>
    <message>
        <source>Run %1 on the server now</source>
        <translation>Exécuter %1 sur le serveur maintenant</translation>
    </message>
    <message>
        <source>Backup log: %1</source>
        <translation>Journal des sauvegardes : %1</translation>
    </message>
    <message>
        <source>Files of %1</source>
        <translation>Fichiers de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 over %Ln backup(s)</source>
        <translation>
            <numerusform>%1 – %2 sur %Ln sauvegarde</numerusform>
            <numerusform>%1 – %2 sur %Ln sauvegardes</numerusform>
        </translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>jours manquants : %1</translation>
    </message>
</context>
<context>
    <name>vigie::CertificateLiveCheck</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>nginx serves another certificate (expires %1): reload nginx</source>
        <translation>nginx sert un autre certificat (expire le %1) : rechargez nginx</translation>
    </message>
    <message>
        <source>no host name to check in the certificate</source>
        <translation>aucun nom d’hôte à vérifier dans le certificat</translation>
    </message>
    <message>
        <source>not reachable from this desktop: %1</source>
        <translation>injoignable depuis ce poste : %1</translation>
    </message>
    <message>
        <source>served (matches the file)</source>
        <translation>servi (identique au fichier)</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>pas de réponse en %n seconde</numerusform>
            <numerusform>pas de réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked: none of its names is one the profile watches (health URLs, tenant domain)</source>
        <translation>non vérifié : aucun de ses noms n&apos;est surveillé par le profil (URL de santé, domaine des tenants)</translation>
    </message>
</context>
<context>
    <name>vigie::CertificateTableModel</name>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>il y a %Ln jour</numerusform>
            <numerusform>il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation>moins d&apos;un jour</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Live check</source>
        <translation>Vérification en direct</translation>
    </message>
    <message>
        <source>The directory of the certificate (certbot&apos;s certificate name)</source>
        <translation>Le répertoire du certificat (nom du certificat pour certbot)</translation>
    </message>
    <message>
        <source>The host names the certificate is valid for (SANs); *.name covers one label</source>
        <translation>Les noms d&apos;hôte pour lesquels le certificat est valide (SAN) ; *.nom ne couvre qu&apos;un seul niveau</translation>
    </message>
    <message>
        <source>Whether the server actually serves this certificate</source>
        <translation>Indique si le serveur présente réellement ce certificat</translation>
    </message>
</context>
<context>
    <name>vigie::CertificatesDashboard</name>
    <message>
        <source>Renew…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>Ask certbot to renew the selected certificate now</source>
        <translation>Demander à certbot de renouveler maintenant le certificat sélectionné</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Chemin :</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Noms :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problème :</translation>
    </message>
    <message>
        <source>Automatic renewal</source>
        <translation>Renouvellement automatique</translation>
    </message>
    <message>
        <source>No certificate found in %1.</source>
        <translation>Aucun certificat trouvé dans %1.</translation>
    </message>
    <message>
        <source>No automatic renewal found: neither a certbot timer nor a cron line mentioning certbot. Certificates will expire unless renewed by hand.</source>
        <translation>Aucun renouvellement automatique trouvé : ni timer certbot, ni ligne cron mentionnant certbot. Les certificats expireront s&apos;ils ne sont pas renouvelés à la main.</translation>
    </message>
    <message>
        <source>certbot.timer: %1</source>
        <translation>certbot.timer : %1</translation>
    </message>
    <message>
        <source>cron: %1</source>
        <translation>cron : %1</translation>
    </message>
    <message>
        <source>this server</source>
        <translation>ce serveur</translation>
    </message>
    <message>
        <source>Renew %1</source>
        <translation>Renouveler %1</translation>
    </message>
    <message>
        <source>Renew the certificate “%1” on %2 now? certbot asks the certificate authority for a new certificate at once (its rate limits apply).</source>
        <translation>Renouveler maintenant le certificat « %1 » sur %2 ? certbot demande immédiatement un nouveau certificat à l&apos;autorité de certification (ses limites de fréquence s&apos;appliquent).</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
</context>
<context>
    <name>vigie::CheckListWidget</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>vigie::ComposeTableModel</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Contrôle de santé</translation>
    </message>
    <message>
        <source>Docker says: %1</source>
        <translation>Docker indique : %1</translation>
    </message>
    <message>
        <source>Compose project in %1</source>
        <translation>Projet Compose dans %1</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Redémarrages</translation>
    </message>
    <message>
        <source>Up for</source>
        <translation>En marche depuis</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>vigie::ConnectionTest</name>
    <message>
        <source>Test command: %1.</source>
        <translation>Commande de test : %1.</translation>
    </message>
</context>
<context>
    <name>vigie::DashboardActions</name>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>Reload %1</source>
        <translation>Recharger %1</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Redémarrer %1</translation>
    </message>
    <message>
        <source>Restart pm2 %1</source>
        <translation>Redémarrer pm2 %1</translation>
    </message>
    <message>
        <source>Restart %1/%2</source>
        <translation>Redémarrer %1/%2</translation>
    </message>
    <message>
        <source>Renew %1</source>
        <translation>Renouveler %1</translation>
    </message>
    <message>
        <source>The profile of %1 has no backup command.</source>
        <translation>Le profil de %1 n&apos;indique aucune commande de sauvegarde.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Vérifier %1</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Enregistrer la sauvegarde sous</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Downloaded %1</source>
        <translation>%1 téléchargés</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>Le téléchargement a échoué : %1</translation>
    </message>
    <message>
        <source>Invalid backup path %1.</source>
        <translation>Chemin de sauvegarde invalide : %1.</translation>
    </message>
</context>
<context>
    <name>vigie::DashboardPage</name>
    <message>
        <source>&amp;Detect…</source>
        <translation>&amp;Détecter…</translation>
    </message>
    <message>
        <source>Look at what the server runs and propose a profile</source>
        <translation>Regarder ce que le serveur exécute et proposer un profil</translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation>&amp;Configurer…</translation>
    </message>
    <message>
        <source>Open the server&apos;s settings: its profile, and the areas to ignore</source>
        <translation>Ouvrir les réglages du serveur : son profil et les domaines à ignorer</translation>
    </message>
</context>
<context>
    <name>vigie::DeployAppPage</name>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>The app to deploy, as the server&apos;s profile describes it.</source>
        <translation>L&apos;application à déployer, telle que la décrit le profil du serveur.</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Application :</translation>
    </message>
    <message>
        <source>Recent deploys of this app:</source>
        <translation>Déploiements récents de cette application :</translation>
    </message>
    <message>
        <source>The server&apos;s profile lists no app to deploy (operations → deployApps).</source>
        <translation>Le profil du serveur ne liste aucune application à déployer (operations → deployApps).</translation>
    </message>
    <message>
        <source>Working copy: %1</source>
        <translation>Copie de travail : %1</translation>
    </message>
    <message>
        <source>Deploys: %1/%2</source>
        <translation>Branche déployée : %1/%2</translation>
    </message>
    <message>
        <source>Reloads (PM2): %1</source>
        <translation>Rechargement (PM2) : %1</translation>
    </message>
    <message>
        <source>Rebuilds (Compose): %1</source>
        <translation>Reconstruction (Compose) : %1</translation>
    </message>
    <message>
        <source>Migrations: %1</source>
        <translation>Migrations : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reading the deploy history on the server…</source>
        <translation>Lecture de l&apos;historique des déploiements sur le serveur…</translation>
    </message>
    <message>
        <source>The deploy history could not be read: %1</source>
        <translation>L&apos;historique des déploiements n&apos;a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>vigie::DeployChangesPage</name>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Ce qui va changer</translation>
    </message>
    <message>
        <source>Fetched on the server just now; nothing is changed yet.</source>
        <translation>Récupéré sur le serveur à l&apos;instant ; rien n&apos;est encore modifié.</translation>
    </message>
    <message>
        <source>Fetching %1 on the server…</source>
        <translation>Récupération de %1 sur le serveur…</translation>
    </message>
    <message>
        <source>What would change could not be read: %1</source>
        <translation>Impossible de lire ce qui changerait : %1</translation>
    </message>
    <message>
        <source>%1 (migration)</source>
        <translation>%1 (migration)</translation>
    </message>
    <message>
        <source>Already up to date at %1: deploying again reinstalls and reloads the same commit.</source>
        <translation>Déjà à jour au commit %1 : déployer de nouveau réinstalle et recharge le même commit.</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) and %1 from %2 to %3.</source>
        <translation>
            <numerusform>%n commit et %1 de %2 à %3.</numerusform>
            <numerusform>%n commits et %1 de %2 à %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed file(s)</source>
        <translation>
            <numerusform>%n fichier modifié</numerusform>
            <numerusform>%n fichiers modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Migrations changed (%1): take a database snapshot before running them.</source>
        <translation>Les migrations ont changé (%1) : prenez un instantané de la base avant de les exécuter.</translation>
    </message>
    <message>
        <source>The working copy has local changes that the deploy discards: %1</source>
        <translation>La copie de travail a des modifications locales que le déploiement va abandonner : %1</translation>
    </message>
</context>
<context>
    <name>vigie::DeployOptionsPage</name>
    <message>
        <source>Run the &amp;migrations</source>
        <translation>Exécuter les &amp;migrations</translation>
    </message>
    <message>
        <source>Take a database &amp;snapshot first</source>
        <translation>Prendre d&apos;abord un &amp;instantané de la base</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>A failed deploy rolls the code back by itself. Migrations are not rolled back: the snapshot is what you would restore.</source>
        <translation>Un déploiement qui échoue ramène le code en arrière de lui-même. Les migrations ne sont pas annulées : c&apos;est l&apos;instantané que vous restaureriez.</translation>
    </message>
    <message>
        <source>The profile has no migration command for this app.</source>
        <translation>Le profil n&apos;a pas de commande de migration pour cette application.</translation>
    </message>
    <message>
        <source>The profile names no database for this app: no snapshot possible.</source>
        <translation>Le profil n&apos;indique aucune base de données pour cette application : pas d&apos;instantané possible.</translation>
    </message>
    <message>
        <source>The snapshot goes to %1.</source>
        <translation>L&apos;instantané sera écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>vigie::DeployWizard</name>
    <message>
        <source>Deploy an app</source>
        <translation>Déployer une application</translation>
    </message>
    <message>
        <source>The profile has no app named “%1”.</source>
        <translation>Le profil n&apos;a pas d&apos;application nommée « %1 ».</translation>
    </message>
    <message>
        <source>%1 now runs commit %2 (was %3).</source>
        <translation>%1 exécute maintenant le commit %2 (auparavant %3).</translation>
    </message>
    <message>
        <source>Database snapshot taken first: %1</source>
        <translation>Instantané de la base pris au préalable : %1</translation>
    </message>
    <message>
        <source>Final state</source>
        <translation>État final</translation>
    </message>
    <message>
        <source>The deploy failed and was rolled back: %1 runs the commit it ran before (%2) again.</source>
        <translation>Le déploiement a échoué et a fait l&apos;objet d&apos;un retour arrière : %1 exécute de nouveau le commit précédent (%2).</translation>
    </message>
    <message>
        <source>The deploy stopped (%1) and the rollback did not complete: check %2 on the server (its log is in the Runs tab).</source>
        <translation>Le déploiement s&apos;est arrêté (%1) et le retour arrière n&apos;a pas abouti : vérifiez %2 sur le serveur (son journal est dans l&apos;onglet Exécutions).</translation>
    </message>
    <message>
        <source>The migrations had run: the code rollback does not undo them.</source>
        <translation>Les migrations avaient été exécutées : le retour arrière du code ne les annule pas.</translation>
    </message>
    <message>
        <source>Rollback report</source>
        <translation>Rapport de retour arrière</translation>
    </message>
    <message>
        <source>Restore the &amp;snapshot…</source>
        <translation>Restaurer l&apos;&amp;instantané…</translation>
    </message>
    <message>
        <source>Put %1 back as it was before the deploy, from %2 (the plan is shown first).</source>
        <translation>Remettre %1 dans l&apos;état d&apos;avant le déploiement, depuis %2 (le plan est affiché d&apos;abord).</translation>
    </message>
</context>
<context>
    <name>vigie::EmptyFleetWidget</name>
    <message>
        <source>No servers yet</source>
        <translation>Aucun serveur pour le moment</translation>
    </message>
    <message>
        <source>Add a server (host, SSH port, user) and choose a key from the keychain — or import or generate one in Keys…</source>
        <translation>Ajoutez un serveur (hôte, port SSH, utilisateur) et choisissez une clé du trousseau — ou importez-en une ou générez-en une dans Clés…</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>Ajouter un serveur…</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation>Clés…</translation>
    </message>
</context>
<context>
    <name>vigie::FirewallRuleModel</name>
    <message>
        <source>To</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>vigie::Fleet</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n&apos;est pas un JSON valide : %2</translation>
    </message>
    <message>
        <source>A server named %1 already exists.</source>
        <translation>Un serveur nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>No such server.</source>
        <translation>Serveur introuvable.</translation>
    </message>
    <message>
        <source>%1 could not be read, so Vigie will not change it. Repair it or move it away, then restart Vigie.</source>
        <translation>%1 n&apos;a pas pu être lu, Vigie ne le modifiera donc pas. Réparez-le ou déplacez-le ailleurs, puis redémarrez Vigie.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>vigie::FleetModel</name>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n serveur</numerusform>
            <numerusform>%n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>vigie::FleetMonitor</name>
    <message>
        <source>the probe returned more than %1 MB</source>
        <translation>la sonde a renvoyé plus de %1 Mo</translation>
    </message>
</context>
<context>
    <name>vigie::FleetOverview</name>
    <message>
        <source>Fleet</source>
        <translation>Parc</translation>
    </message>
    <message>
        <source>The worst status of each area at the last refresh. Click a status to open that dashboard.</source>
        <translation>Le pire état de chaque domaine lors du dernier rafraîchissement. Cliquez sur un état pour ouvrir le tableau de bord correspondant.</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <comment>servers</comment>
        <translation>
            <numerusform>%n critique</numerusform>
            <numerusform>%n critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <comment>servers</comment>
        <translation>
            <numerusform>%n avec des avertissements</numerusform>
            <numerusform>%n avec des avertissements</numerusform>
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
            <numerusform>%n non rafraîchi ou inconnu</numerusform>
            <numerusform>%n non rafraîchis ou inconnus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n serveur</numerusform>
            <numerusform>%n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n with areas not watched</source>
        <comment>servers</comment>
        <translation>
            <numerusform>%n avec des domaines non surveillés</numerusform>
            <numerusform>%n avec des domaines non surveillés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::FleetOverviewModel</name>
    <message>
        <source>%1: %2</source>
        <comment>finding: subject, message</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>rafraîchissement…</translation>
    </message>
    <message>
        <source>refresh failed</source>
        <translation>échec du rafraîchissement</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Pas encore rafraîchi</translation>
    </message>
    <message>
        <source>Click to open the %1 dashboard.</source>
        <translation>Cliquez pour ouvrir le tableau de bord « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Dernier rafraîchissement</translation>
    </message>
    <message>
        <source>The worst status found in this area at the last refresh</source>
        <translation>Le pire état trouvé dans ce domaine lors du dernier rafraîchissement</translation>
    </message>
    <message>
        <source>Detect the server&apos;s profile, or set this area up in its profile.</source>
        <translation>Détectez le profil du serveur, ou configurez ce domaine dans son profil.</translation>
    </message>
</context>
<context>
    <name>vigie::HealthCheckTableModel</name>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>pas de réponse : %1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
</context>
<context>
    <name>vigie::HostKeyDialog</name>
    <message>
        <source>Unknown host key — %1</source>
        <translation>Clé d&apos;hôte inconnue — %1</translation>
    </message>
    <message>
        <source>Vigie cannot confirm the identity of %1: it has never connected to this server before.</source>
        <translation>Vigie ne peut pas confirmer l&apos;identité de %1 : c&apos;est la première connexion à ce serveur.</translation>
    </message>
    <message>
        <source>The server offers a %1-bit %2 key. Its SHA256 fingerprint is:</source>
        <translation>Le serveur présente une clé %2 de %1 bits. Son empreinte SHA256 est :</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint given by the server&apos;s administrator, who can print it on the server with:</source>
        <translation>Comparez-la avec l&apos;empreinte fournie par l&apos;administrateur du serveur, qui peut l&apos;afficher sur le serveur avec :</translation>
    </message>
    <message>
        <source>Trust the key only if both fingerprints are identical.</source>
        <translation>Ne faites confiance à la clé que si les deux empreintes sont identiques.</translation>
    </message>
    <message>
        <source>Vigie already knows a key of another type (%1) for this host: the server may have been reconfigured — check with its administrator.</source>
        <translation>Vigie connaît déjà une clé d&apos;un autre type (%1) pour cet hôte : le serveur a peut-être été reconfiguré — vérifiez auprès de son administrateur.</translation>
    </message>
    <message>
        <source>If you trust it, Vigie records it in %1 and will refuse to connect if it ever changes.</source>
        <translation>Si vous lui faites confiance, Vigie l&apos;enregistre dans %1 et refusera de se connecter si elle change un jour.</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Faire confiance et se connecter</translation>
    </message>
    <message>
        <source>Host key changed — %1</source>
        <translation>Clé d&apos;hôte modifiée — %1</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has CHANGED.</source>
        <translation>ATTENTION : la clé d&apos;hôte de %1 a CHANGÉ.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection (a man-in-the-middle attack), or the server was reinstalled or reconfigured. Vigie refused to connect and sent no credentials.</source>
        <translation>Quelqu&apos;un intercepte peut-être la connexion (attaque de l&apos;homme du milieu), ou le serveur a été réinstallé ou reconfiguré. Vigie a refusé de se connecter et n&apos;a envoyé aucun identifiant.</translation>
    </message>
    <message>
        <source>Fingerprint Vigie knows for this host:</source>
        <translation>Empreinte connue de Vigie pour cet hôte :</translation>
    </message>
    <message>
        <source>Fingerprint the server offers now:</source>
        <translation>Empreinte présentée maintenant par le serveur :</translation>
    </message>
    <message>
        <source>The known key is recorded in %1, line %2.</source>
        <translation>La clé connue est enregistrée dans %1, ligne %2.</translation>
    </message>
    <message>
        <source>Do not connect until the server&apos;s administrator confirms the new fingerprint. If the change is expected, remove the old key, then connect again to check and trust the new one:</source>
        <translation>Ne vous connectez pas tant que l&apos;administrateur du serveur n&apos;a pas confirmé la nouvelle empreinte. Si ce changement est attendu, supprimez l&apos;ancienne clé, puis reconnectez-vous pour vérifier la nouvelle et lui faire confiance :</translation>
    </message>
    <message>
        <source>(or delete line %1 of %2 in a text editor).</source>
        <translation>(ou supprimez la ligne %1 de %2 dans un éditeur de texte).</translation>
    </message>
</context>
<context>
    <name>vigie::HostVitalsPanel</name>
    <message>
        <source>Average number of processes running or waiting over the last 1, 5 and 15 minutes. Above the number of CPUs, work is queuing.</source>
        <translation>Nombre moyen de processus en cours d&apos;exécution ou en attente sur les 1, 5 et 15 dernières minutes. Au-delà du nombre de CPU, des tâches s&apos;accumulent en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Load:</source>
        <translation>Charge :</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>Durée de fonctionnement :</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation>noyau %1</translation>
    </message>
    <message>
        <source>checked as %1 (root)</source>
        <translation>vérifié en tant que %1 (root)</translation>
    </message>
    <message>
        <source>checked as %1 (sudo without password)</source>
        <translation>vérifié en tant que %1 (sudo sans mot de passe)</translation>
    </message>
    <message>
        <source>checked as %1 (no sudo: some checks are limited)</source>
        <translation>vérifié en tant que %1 (sans sudo : certaines vérifications sont limitées)</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <comment>load averages over 1, 5 and 15 minutes</comment>
        <translation>%1  %2  %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %Ln CPU(s)</source>
        <translation>
            <numerusform>%1 sur %Ln CPU</numerusform>
            <numerusform>%1 sur %Ln CPU</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>%1 of %2 used, %3 available</source>
        <translation>%1 utilisés sur %2, %3 disponibles</translation>
    </message>
    <message>
        <source>Memory in use by programs (the page cache counts as available)</source>
        <translation>Mémoire utilisée par les programmes (le cache de pages compte comme disponible)</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 utilisés sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 used, %3 free</source>
        <translation>%1 utilisés sur %2, %3 libres</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 monté sur %2</translation>
    </message>
    <message>
        <source>No disk reported.</source>
        <translation>Aucun disque signalé.</translation>
    </message>
</context>
<context>
    <name>vigie::ImportKeyDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;Remember passphrase in the keychain</source>
        <translation>&amp;Mémoriser la phrase de passe dans le trousseau</translation>
    </message>
    <message>
        <source>Import a key</source>
        <translation>Importer une clé</translation>
    </message>
    <message>
        <source>Letters, digits, “-”, “_”, “.” and “@”, up to 64 characters.</source>
        <translation>Lettres, chiffres, « - », « _ », « . » et « @ », 64 caractères au maximum.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>&amp;Name in Vigie:</source>
        <translation>&amp;Nom dans Vigie :</translation>
    </message>
    <message>
        <source>The private key is copied into the system keychain; the file itself is left untouched.</source>
        <translation>La clé privée est copiée dans le trousseau de clés du système ; le fichier lui-même n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a private key.</source>
        <translation>%1 est trop volumineux pour être une clé privée.</translation>
    </message>
    <message>
        <source>(shown once the passphrase is entered)</source>
        <translation>(visible une fois la phrase de passe saisie)</translation>
    </message>
    <message>
        <source>Vigie will connect without asking for the passphrase.</source>
        <translation>Vigie se connectera sans demander la phrase de passe.</translation>
    </message>
    <message>
        <source>This key is protected by a passphrase: Vigie will ask for it at each connection unless you let the keychain remember it.</source>
        <translation>Cette clé est protégée par une phrase de passe : Vigie la demandera à chaque connexion, sauf si vous laissez le trousseau la mémoriser.</translation>
    </message>
    <message>
        <source>The name may contain letters, digits, “-”, “_”, “.” and “@” (1 to 64 characters).</source>
        <translation>Le nom peut contenir des lettres, des chiffres, « - », « _ », « . » et « @ » (1 à 64 caractères).</translation>
    </message>
    <message>
        <source>A key named “%1” already exists.</source>
        <translation>Une clé nommée « %1 » existe déjà.</translation>
    </message>
</context>
<context>
    <name>vigie::JailTableModel</name>
    <message>
        <source>Jail</source>
        <translation>Prison</translation>
    </message>
    <message>
        <source>Banned now</source>
        <translation>Bannissements en cours</translation>
    </message>
    <message>
        <source>Banned in total</source>
        <translation>Bannissements au total</translation>
    </message>
</context>
<context>
    <name>vigie::Journal</name>
    <message>
        <source>The journal folder %1 is not a folder.</source>
        <translation>Le dossier du journal %1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier du journal %1.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be created: %2</source>
        <translation>Impossible de créer le journal %1 : %2</translation>
    </message>
    <message>
        <source>The journal %1 is not a file.</source>
        <translation>Le journal %1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>Impossible de lire le journal %1 : %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Vigie journal (it is not an SQLite database). It was left as it is; choose another journal location.</source>
        <translation>Le fichier %1 n&apos;est pas un journal Vigie (ce n&apos;est pas une base SQLite). Il a été laissé tel quel ; choisissez un autre emplacement pour le journal.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir le journal %1 : %2</translation>
    </message>
    <message>
        <source>write-ahead logging refused</source>
        <translation>journalisation WAL (write-ahead logging) refusée</translation>
    </message>
    <message>
        <source>No journal location is set.</source>
        <translation>Aucun emplacement de journal n&apos;est défini.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Le journal n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>The journal cannot be written: %1</source>
        <translation>Impossible d&apos;écrire dans le journal : %1</translation>
    </message>
</context>
<context>
    <name>vigie::JournalTableModel</name>
    <message>
        <source>Provision</source>
        <translation>Provisionnement</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
</context>
<context>
    <name>vigie::JournalWindow</name>
    <message>
        <source>Journal of operations</source>
        <translation>Journal des opérations</translation>
    </message>
    <message>
        <source>Search server, operation, title, result or log text…</source>
        <translation>Rechercher un serveur, une opération, un titre, un résultat ou du texte du journal…</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>P&amp;arameters</source>
        <translation>P&amp;aramètres</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en JS&amp;ON…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Le journal n&apos;est pas ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n opération</numerusform>
            <numerusform>%n opérations</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an operation to see its log.</source>
        <translation>Sélectionnez une opération pour voir son journal.</translation>
    </message>
    <message>
        <source>No operation recorded matches.</source>
        <translation>Aucune opération enregistrée ne correspond.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Stopped at step %1.</source>
        <translation>Arrêtée à l&apos;étape %1.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>The log was too long: its middle part was not kept.</source>
        <translation>Le journal était trop long : sa partie centrale n&apos;a pas été conservée.</translation>
    </message>
    <message>
        <source>Export the journal as JSON</source>
        <translation>Exporter le journal en JSON</translation>
    </message>
    <message>
        <source>Export the journal as CSV</source>
        <translation>Exporter le journal en CSV</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) exported to %1.</source>
        <translation>
            <numerusform>%n opération exportée dans %1.</numerusform>
            <numerusform>%n opérations exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started %1 by %2.</source>
        <translation>Commencée le %1 par %2.</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>Commencée le %1.</translation>
    </message>
    <message>
        <source>Started %1 by %2, ended %3 (%4).</source>
        <translation>Commencée le %1 par %2, terminée le %3 (%4).</translation>
    </message>
    <message>
        <source>Started %1, ended %2 (%3).</source>
        <translation>Commencée le %1, terminée le %2 (%3).</translation>
    </message>
</context>
<context>
    <name>vigie::KeyManagerDialog</name>
    <message>
        <source>Talking to the keychain…</source>
        <translation>Communication avec le trousseau…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Private keys are kept in the system keychain. Vigie itself only stores their names and public parts.</source>
        <translation>Les clés privées sont conservées dans le trousseau de clés du système. De son côté, Vigie ne conserve que leurs noms et leurs parties publiques.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Generate Ed25519…</source>
        <translation>&amp;Générer une clé Ed25519…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Copy public key</source>
        <translation>&amp;Copier la clé publique</translation>
    </message>
    <message>
        <source>&amp;Export public key…</source>
        <translation>&amp;Exporter la clé publique…</translation>
    </message>
    <message>
        <source>Import a private key file, e.g. from ~/.ssh</source>
        <translation>Importer un fichier de clé privée, par exemple depuis ~/.ssh</translation>
    </message>
    <message>
        <source>Copy the authorized_keys line of the key to the clipboard</source>
        <translation>Copier la ligne authorized_keys de la clé dans le presse-papiers</translation>
    </message>
    <message>
        <source>No keys yet. Import an existing private key (for example ~/.ssh/id_ed25519) or generate a new Ed25519 key.</source>
        <translation>Aucune clé pour le moment. Importez une clé privée existante (par exemple ~/.ssh/id_ed25519) ou générez une nouvelle clé Ed25519.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Add this line to ~/.ssh/authorized_keys of the user Vigie logs in as, on each server that should accept this key.</source>
        <translation>Ajoutez cette ligne au fichier ~/.ssh/authorized_keys de l&apos;utilisateur sous lequel Vigie se connecte, sur chaque serveur qui doit accepter cette clé.</translation>
    </message>
    <message>
        <source>Import a private key</source>
        <translation>Importer une clé privée</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Private keys (id_* *.pem *.key)</source>
        <translation>Clés privées (id_* *.pem *.key)</translation>
    </message>
    <message>
        <source>Key “%1” imported into the keychain.</source>
        <translation>Clé « %1 » importée dans le trousseau.</translation>
    </message>
    <message>
        <source>Generate an Ed25519 key</source>
        <translation>Générer une clé Ed25519</translation>
    </message>
    <message>
        <source>Name of the new key:</source>
        <translation>Nom de la nouvelle clé :</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Key “%1” generated and stored in the keychain.</source>
        <translation>Clé « %1 » générée et enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>Public key of “%1”</source>
        <translation>Clé publique de « %1 »</translation>
    </message>
    <message>
        <source>Rename key</source>
        <translation>Renommer la clé</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom pour « %1 » :</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Key “%1” renamed to “%2”.</source>
        <translation>Clé « %1 » renommée en « %2 ».</translation>
    </message>
    <message>
        <source>Delete the key “%1”? Its private key is removed from the keychain. If Vigie generated it, that is its only copy.</source>
        <translation>Supprimer la clé « %1 » ? Sa clé privée sera retirée du trousseau. Si Vigie l&apos;a générée, le trousseau en contient l&apos;unique copie.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) log in with it and will no longer connect: %1</source>
        <translation>
            <numerusform>%n serveur l&apos;utilise pour s&apos;authentifier et ne pourra plus se connecter : %1</numerusform>
            <numerusform>%n serveurs l&apos;utilisent pour s&apos;authentifier et ne pourront plus se connecter : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Key “%1” deleted.</source>
        <translation>Clé « %1 » supprimée.</translation>
    </message>
    <message>
        <source>The public key of “%1” is in the clipboard, ready to be added to ~/.ssh/authorized_keys on a server.</source>
        <translation>La clé publique de « %1 » est dans le presse-papiers, prête à être ajoutée à ~/.ssh/authorized_keys sur un serveur.</translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation>Exporter la clé publique</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Clés publiques (*.pub)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Public key of “%1” saved to %2.</source>
        <translation>Clé publique de « %1 » enregistrée dans %2.</translation>
    </message>
    <message>
        <source>Key “%1” imported, but this build of Vigie uses libssh2 %2, which cannot sign with rsa-sha2 as current OpenSSH servers require: prefer an Ed25519 key.</source>
        <translation>Clé « %1 » importée, mais cette version de Vigie utilise libssh2 %2, qui ne sait pas signer en rsa-sha2 comme l’exigent les serveurs OpenSSH actuels : préférez une clé Ed25519.</translation>
    </message>
</context>
<context>
    <name>vigie::KeyRing</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <source>%1 was written by an unsupported version of Vigie.</source>
        <translation>%1 a été écrit par une version de Vigie non prise en charge.</translation>
    </message>
    <message>
        <source>%1 is damaged: entry %2 is invalid.</source>
        <translation>%1 est endommagé : l&apos;entrée %2 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>%1 could not be read, so Vigie will not change it. Repair it or move it away, then restart Vigie.</source>
        <translation>%1 n&apos;a pas pu être lu, Vigie ne le modifiera donc pas. Réparez-le ou déplacez-le ailleurs, puis redémarrez Vigie.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Invalid key name &quot;%1&quot;: use 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; or &apos;@&apos;.</source>
        <translation>Nom de clé « %1 » non valide : utilisez de 1 à 64 lettres, chiffres, « - », « _ », « . » ou « @ ».</translation>
    </message>
    <message>
        <source>A key named &quot;%1&quot; already exists.</source>
        <translation>Une clé nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>This key is already imported as &quot;%1&quot;.</source>
        <translation>Cette clé est déjà importée sous le nom « %1 ».</translation>
    </message>
    <message>
        <source>This key is already being imported.</source>
        <translation>Cette clé est déjà en cours d&apos;importation.</translation>
    </message>
    <message>
        <source>%1 is too large to be a private key.</source>
        <translation>%1 est trop volumineux pour être une clé privée.</translation>
    </message>
    <message>
        <source>The key could not be generated (OpenSSL failed).</source>
        <translation>La clé n&apos;a pas pu être générée (échec d&apos;OpenSSL).</translation>
    </message>
    <message>
        <source>The key was not imported: %1</source>
        <translation>La clé n&apos;a pas été importée : %1</translation>
    </message>
    <message>
        <source>There is no key named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucune clé nommée « %1 ».</translation>
    </message>
    <message>
        <source>The key was not removed: %1</source>
        <translation>La clé n&apos;a pas été supprimée : %1</translation>
    </message>
    <message>
        <source>The keychain no longer holds the private key &quot;%1&quot;. Remove it from Vigie and import it again.</source>
        <translation>Le trousseau ne contient plus la clé privée « %1 ». Supprimez-la de Vigie et importez-la de nouveau.</translation>
    </message>
    <message>
        <source>Cannot read the private key &quot;%1&quot; from the keychain: %2</source>
        <translation>Impossible de lire la clé privée « %1 » depuis le trousseau : %2</translation>
    </message>
    <message>
        <source>Cannot read the passphrase of &quot;%1&quot; from the keychain: %2</source>
        <translation>Impossible de lire la phrase de passe de « %1 » depuis le trousseau : %2</translation>
    </message>
</context>
<context>
    <name>vigie::KeyTableModel</name>
    <message>
        <source>none</source>
        <comment>passphrase</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>stored in keychain</source>
        <translation>enregistrée dans le trousseau</translation>
    </message>
    <message>
        <source>asked at connection</source>
        <translation>demandée à la connexion</translation>
    </message>
    <message>
        <source>Vigie asks for the passphrase at each connection.</source>
        <translation>Vigie demande la phrase de passe à chaque connexion.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
</context>
<context>
    <name>vigie::LockTableModel</name>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Détenu par</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Stale: its run is gone</source>
        <translation>Orphelin : son exécution a disparu</translation>
    </message>
    <message>
        <source>Held by a running run</source>
        <translation>Détenu par une exécution en cours</translation>
    </message>
</context>
<context>
    <name>vigie::LogTailWindow</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Logs — %1 — %2</source>
        <translation>Journaux — %1 — %2</translation>
    </message>
    <message>
        <source>Stop following this log</source>
        <translation>Arrêter de suivre ce journal</translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>Arrêté. %1</translation>
    </message>
    <message>
        <source>Stopped: %1 — %2</source>
        <translation>Arrêté : %1 — %2</translation>
    </message>
</context>
<context>
    <name>vigie::LogView</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Hold new output back (it is kept and shown when you resume)</source>
        <translation>Retenir les nouvelles lignes (elles sont conservées et affichées à la reprise)</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>Garder la ligne la plus récente visible</translation>
    </message>
    <message>
        <source>Clear the lines shown so far</source>
        <translation>Effacer les lignes affichées jusqu&apos;ici</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %Ln new line(s) waiting</source>
        <translation>
            <numerusform>En pause : %Ln nouvelle ligne en attente</numerusform>
            <numerusform>En pause : %Ln nouvelles lignes en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) received</source>
        <translation>
            <numerusform>%Ln ligne reçue</numerusform>
            <numerusform>%Ln lignes reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln skipped to keep up)</source>
        <translation>
            <numerusform>%1 (%Ln ignorée pour suivre le rythme)</numerusform>
            <numerusform>%1 (%Ln ignorées pour suivre le rythme)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[Vigie: %Ln line(s) skipped to keep up]</source>
        <translation>
            <numerusform>[Vigie : %Ln ligne ignorée pour suivre le rythme]</numerusform>
            <numerusform>[Vigie : %Ln lignes ignorées pour suivre le rythme]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[Vigie: %Ln more character(s) of this line not shown]</source>
        <translation>
            <numerusform>[Vigie : %Ln caractère de plus de cette ligne non affiché]</numerusform>
            <numerusform>[Vigie : %Ln caractères de plus de cette ligne non affichés]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::MailTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>vigie::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>Add a server to the fleet</source>
        <translation>Ajouter un serveur au parc</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Connect and test</source>
        <translation>&amp;Connecter et tester</translation>
    </message>
    <message>
        <source>Connect to the selected server and run a test command</source>
        <translation>Se connecter au serveur sélectionné et exécuter une commande de test</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Clés…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Manage the SSH keys kept in the keychain</source>
        <translation>Gérer les clés SSH conservées dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;About Vigie</source>
        <translation>À &amp;propos de Vigie</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>agent SSH</translation>
    </message>
    <message>
        <source>key “%1”, which is not in the keychain</source>
        <translation>clé « %1 », absente du trousseau</translation>
    </message>
    <message>
        <source>key “%1” (%2, %3)</source>
        <translation>clé « %1 » (%2, %3)</translation>
    </message>
    <message>
        <source>No servers</source>
        <translation>Aucun serveur</translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation>Aucun serveur sélectionné</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Retirer le serveur</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from the fleet? Nothing is changed on the server, and its host key stays in Vigie&apos;s known hosts.</source>
        <translation>Retirer « %1 » (%2) du parc ? Rien n&apos;est modifié sur le serveur, et sa clé d&apos;hôte reste dans les hôtes connus de Vigie.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>The key “%1” is not in the keychain: import it in Keys…, or edit the server to choose another one.</source>
        <translation>La clé « %1 » n&apos;est pas dans le trousseau : importez-la dans Clés…, ou modifiez le serveur pour en choisir une autre.</translation>
    </message>
    <message>
        <source>About Vigie</source>
        <translation>À propos de Vigie</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;An operations console for multi-tenant SaaS servers, over SSH.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Une console d&apos;exploitation pour serveurs SaaS multi-locataires, via SSH.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>libssh2 %1, Qt %2</source>
        <translation>libssh2 %1, Qt %2</translation>
    </message>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Parc</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ra&amp;fraîchir</translation>
    </message>
    <message>
        <source>Read the selected server&apos;s state again (F5)</source>
        <translation>Relire l&apos;état du serveur sélectionné (F5)</translation>
    </message>
    <message>
        <source>Refresh &amp;all</source>
        <translation>&amp;Tout rafraîchir</translation>
    </message>
    <message>
        <source>A&amp;uto-refresh</source>
        <translation>Rafraîchissement a&amp;utomatique</translation>
    </message>
    <message>
        <source>Refresh every server of the fleet regularly</source>
        <translation>Rafraîchir régulièrement tous les serveurs du parc</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Rafraîchissement…</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Pas encore rafraîchi</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>Échec du rafraîchissement</translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>Rafraîchi le %1</translation>
    </message>
    <message>
        <source>Refresh failed; data from %1</source>
        <translation>Échec du rafraîchissement ; données du %1</translation>
    </message>
    <message>
        <source>&amp;Import from ~/.ssh/config…</source>
        <translation>&amp;Importer depuis ~/.ssh/config…</translation>
    </message>
    <message>
        <source>Add servers from an OpenSSH client configuration file</source>
        <translation>Ajouter des serveurs depuis un fichier de configuration du client OpenSSH</translation>
    </message>
    <message>
        <source>&amp;Detect profile…</source>
        <translation>&amp;Détecter le profil…</translation>
    </message>
    <message>
        <source>Look at what the server runs and propose a profile</source>
        <translation>Examiner ce que le serveur exécute et proposer un profil</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation>O&amp;pérations</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>&amp;Provision a tenant…</source>
        <translation>&amp;Provisionner un client…</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Provisionner</translation>
    </message>
    <message>
        <source>Create a new tenant on the selected server, step by step</source>
        <translation>Créer un nouveau client sur le serveur sélectionné, étape par étape</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore a database of the selected server from a backup</source>
        <translation>Restaurer une base de données du serveur sélectionné à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Deploy an app…</source>
        <translation>&amp;Déployer une application…</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déployer</translation>
    </message>
    <message>
        <source>Deploy the latest commit of an app on the selected server</source>
        <translation>Déployer le dernier commit d&apos;une application sur le serveur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Journal of operations…</source>
        <translation>&amp;Journal des opérations…</translation>
    </message>
    <message>
        <source>Every operation run from this desktop, with its log</source>
        <translation>Toutes les opérations lancées depuis ce poste, avec leur journal</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>area: state</comment>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n area(s) not watched</source>
        <translation>
            <numerusform>%1 — %n domaine non surveillé</numerusform>
            <numerusform>%1 — %n domaines non surveillés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::OperationWizard</name>
    <message>
        <source>Close the wizard</source>
        <translation>Fermer l&apos;assistant</translation>
    </message>
    <message>
        <source>The run goes on on the server after this window closes. Follow it in the Runs tab, or cancel it there. Close the window?</source>
        <translation>L&apos;exécution se poursuit sur le serveur après la fermeture de cette fenêtre. Suivez-la dans l&apos;onglet Exécutions, ou annulez-la depuis cet onglet. Fermer la fenêtre ?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>vigie::PassphraseDialog</name>
    <message>
        <source>Key passphrase</source>
        <translation>Phrase de passe de la clé</translation>
    </message>
    <message>
        <source>Wrong passphrase, try again.</source>
        <translation>Phrase de passe incorrecte, réessayez.</translation>
    </message>
    <message>
        <source>The key “%1” is protected by a passphrase.</source>
        <translation>La clé « %1 » est protégée par une phrase de passe.</translation>
    </message>
    <message>
        <source>To connect to %1, enter the passphrase of the key “%2”.</source>
        <translation>Pour vous connecter à %1, saisissez la phrase de passe de la clé « %2 ».</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>vigie::PlanReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>These commands run on the server exactly as shown, in this order. Nothing has changed yet.</source>
        <translation>Ces commandes s&apos;exécutent sur le serveur exactement telles qu&apos;affichées, dans cet ordre. Rien n&apos;a encore été modifié.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>There is nothing to run.</source>
        <translation>Il n&apos;y a rien à exécuter.</translation>
    </message>
    <message>
        <source>The plan could not be made: %1</source>
        <translation>Le plan n&apos;a pas pu être établi : %1</translation>
    </message>
</context>
<context>
    <name>vigie::PlanReviewWidget</name>
    <message>
        <source>&amp;Copy plan</source>
        <translation>&amp;Copier le plan</translation>
    </message>
    <message>
        <source>Copy every step and its exact command as text</source>
        <translation>Copier chaque étape et sa commande exacte sous forme de texte</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) will run on the server, in this order.</source>
        <translation>
            <numerusform>%n étape va s&apos;exécuter sur le serveur, dans cet ordre.</numerusform>
            <numerusform>%n étapes vont s&apos;exécuter sur le serveur, dans cet ordre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) are destructive: read them carefully.</source>
        <translation>
            <numerusform>%n étape est destructrice : lisez-la attentivement.</numerusform>
            <numerusform>%n étapes sont destructrices : lisez-les attentivement.</numerusform>
        </translation>
    </message>
    <message>
        <source>To confirm, type &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Pour confirmer, tapez &lt;b&gt;%1&lt;/b&gt; :</translation>
    </message>
</context>
<context>
    <name>vigie::PlanRunDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The run goes on on the server after this window closes. Follow it in the Runs tab. Close the window?</source>
        <translation>L&apos;exécution se poursuit sur le serveur après la fermeture de cette fenêtre. Suivez-la dans l&apos;onglet Exécutions. Fermer la fenêtre ?</translation>
    </message>
</context>
<context>
    <name>vigie::PlanView</name>
    <message>
        <source>check (reads only)</source>
        <translation>contrôle (lecture seule)</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>DESTRUCTIVE</source>
        <translation>DESTRUCTIF</translation>
    </message>
    <message>
        <source>⚠ loses data if wrong</source>
        <translation>⚠ perte de données en cas d&apos;erreur</translation>
    </message>
    <message>
        <source>Locked while it runs: %1</source>
        <translation>Verrouillé pendant l&apos;exécution : %1</translation>
    </message>
    <message>
        <source>If step %1 or a later one fails, these steps run automatically:</source>
        <translation>Si l&apos;étape %1 ou une suivante échoue, ces étapes s&apos;exécutent automatiquement :</translation>
    </message>
</context>
<context>
    <name>vigie::Pm2TableModel</name>
    <message>
        <source>%1 of %2 online</source>
        <translation>%1 sur %2 en ligne</translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2: %Ln restart(s), CPU %3, memory %4</source>
        <translation>
            <numerusform>#%1 %2 : %Ln redémarrage, CPU %3, mémoire %4</numerusform>
            <numerusform>#%1 %2 : %Ln redémarrages, CPU %3, mémoire %4</numerusform>
        </translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Redémarrages</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Durée de fonctionnement</translation>
    </message>
    <message>
        <source>cluster: several processes share the port; fork: a single process</source>
        <translation>cluster : plusieurs processus partagent le port ; fork : un seul processus</translation>
    </message>
    <message>
        <source>Processes running this app</source>
        <translation>Processus exécutant cette application</translation>
    </message>
    <message>
        <source>Restarts since PM2 started the app (all instances)</source>
        <translation>Redémarrages depuis que PM2 a lancé l&apos;application (toutes instances confondues)</translation>
    </message>
    <message>
        <source>CPU use of all instances, in % of one CPU</source>
        <translation>Utilisation CPU de toutes les instances, en % d&apos;un CPU</translation>
    </message>
</context>
<context>
    <name>vigie::Preferences</name>
    <message>
        <source>The preferences could not be saved to %1.</source>
        <translation>Les préférences n&apos;ont pas pu être enregistrées dans %1.</translation>
    </message>
</context>
<context>
    <name>vigie::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>How often the dashboards probe every server (0: never).</source>
        <translation>Fréquence à laquelle les tableaux de bord sondent chaque serveur (0 : jamais).</translation>
    </message>
    <message>
        <source>Dashboard &amp;refresh every:</source>
        <translation>&amp;Rafraîchir les tableaux de bord toutes les :</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Connection &amp;timeout:</source>
        <translation>&amp;Délai de connexion :</translation>
    </message>
    <message>
        <source>A server silent for three intervals is considered gone and the connection reopened.</source>
        <translation>Un serveur silencieux pendant trois intervalles est considéré comme perdu et la connexion est rouverte.</translation>
    </message>
    <message>
        <source>Keepali&amp;ve every:</source>
        <translation>&amp;Keepalive toutes les :</translation>
    </message>
    <message>
        <source>Vigie&apos;s own file in its data folder</source>
        <translation>Fichier propre à Vigie dans son dossier de données</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>known_hosts file</source>
        <translation>Fichier known_hosts</translation>
    </message>
    <message>
        <source>known_&amp;hosts file:</source>
        <translation>Fichier known_&amp;hosts :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&amp;Default key for new servers:</source>
        <translation>Clé par dé&amp;faut des nouveaux serveurs :</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Certificate &amp;warning before expiry:</source>
        <translation>Certificat : a&amp;vertissement avant expiration :</translation>
    </message>
    <message>
        <source>Certificate &amp;critical before expiry:</source>
        <translation>Certificat : état &amp;critique avant expiration :</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Default maximum &amp;backup age:</source>
        <translation>Âge maximal par défaut des &amp;sauvegardes :</translation>
    </message>
    <message>
        <source>Built-in profiles use these values; a server&apos;s own profile keeps its own.</source>
        <translation>Les profils intégrés utilisent ces valeurs ; le profil propre à un serveur garde les siennes.</translation>
    </message>
    <message>
        <source>Journal of operations</source>
        <translation>Journal des opérations</translation>
    </message>
    <message>
        <source>journal.sqlite in Vigie&apos;s data folder</source>
        <translation>journal.sqlite dans le dossier de données de Vigie</translation>
    </message>
    <message>
        <source>Journal file</source>
        <translation>Fichier du journal</translation>
    </message>
    <message>
        <source>Locat&amp;ion:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Indéfiniment</translation>
    </message>
    <message>
        <source>&amp;Keep entries for:</source>
        <translation>Conserver les entrées &amp;pendant :</translation>
    </message>
    <message>
        <source>The new language applies when Vigie next starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Vigie.</translation>
    </message>
    <message>
        <source>%1 (not in the keychain)</source>
        <translation>%1 (absente du trousseau)</translation>
    </message>
    <message numerus="yes">
        <source>The certificate warning must come before the critical state: choose at least %n day(s).</source>
        <translation>
            <numerusform>L&apos;avertissement de certificat doit précéder l&apos;état critique : choisissez au moins %n jour.</numerusform>
            <numerusform>L&apos;avertissement de certificat doit précéder l&apos;état critique : choisissez au moins %n jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ProfileDetection</name>
    <message>
        <source>Detect profile</source>
        <translation>Détecter le profil</translation>
    </message>
    <message>
        <source>Detection on %1 failed: %2</source>
        <translation>La détection sur %1 a échoué : %2</translation>
    </message>
    <message>
        <source>PM2 (%1)</source>
        <translation>PM2 (%1)</translation>
    </message>
    <message>
        <source>units: %1</source>
        <translation>unités : %1</translation>
    </message>
    <message>
        <source>compose projects: %1</source>
        <translation>projets compose : %1</translation>
    </message>
    <message>
        <source>central database %1</source>
        <translation>base centrale %1</translation>
    </message>
    <message numerus="yes">
        <source>%n backup set(s)</source>
        <translation>
            <numerusform>%n jeu de sauvegardes</numerusform>
            <numerusform>%n jeux de sauvegardes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n health URL(s)</source>
        <translation>
            <numerusform>%n URL de santé</numerusform>
            <numerusform>%n URL de santé</numerusform>
        </translation>
    </message>
    <message>
        <source>Found on %1: %2.</source>
        <translation>Trouvé sur %1 : %2.</translation>
    </message>
    <message>
        <source>Use it as this server&apos;s profile?</source>
        <translation>L’utiliser comme profil de ce serveur ?</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>Utiliser ce profil</translation>
    </message>
</context>
<context>
    <name>vigie::ProvisionChecksPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Read on the server, nothing is changed: is the subdomain free, does it resolve, does a certificate cover it, is there room for a database.</source>
        <translation>Lu sur le serveur, rien n&apos;est modifié : le sous-domaine est-il libre, se résout-il, un certificat le couvre-t-il, y a-t-il de la place pour une base de données.</translation>
    </message>
    <message>
        <source>The subdomain is not valid.</source>
        <translation>Le sous-domaine n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Checking on the server…</source>
        <translation>Vérification sur le serveur…</translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation>Les contrôles n&apos;ont pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>A check failed: fix it on the server, then check again.</source>
        <translation>Un contrôle a échoué : corrigez le problème sur le serveur, puis vérifiez de nouveau.</translation>
    </message>
</context>
<context>
    <name>vigie::ProvisionWizard</name>
    <message>
        <source>Provision a tenant</source>
        <translation>Provisionner un client</translation>
    </message>
    <message>
        <source>The new tenant</source>
        <translation>Le nouveau client</translation>
    </message>
    <message>
        <source>Name: %1
Subdomain: %2
Address: %3
Database: %4
Tenant id: %5</source>
        <translation>Nom : %1
Sous-domaine : %2
Adresse : %3
Base de données : %4
Identifiant du client : %5</translation>
    </message>
    <message>
        <source>&amp;Undo…</source>
        <translation>A&amp;nnuler…</translation>
    </message>
    <message numerus="yes">
        <source>Undo the %n step(s) that completed, in reverse order (the plan is shown first).</source>
        <translation>
            <numerusform>Annuler %n étape terminée (le plan est affiché d&apos;abord).</numerusform>
            <numerusform>Annuler les %n étapes terminées, dans l&apos;ordre inverse (le plan est affiché d&apos;abord).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::RestoreBackupPage</name>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to restore. It is decrypted and read through on the server first, so a damaged file is found before anything is touched.</source>
        <translation>Choisissez la sauvegarde à restaurer. Elle est d&apos;abord déchiffrée et lue entièrement sur le serveur, de sorte qu&apos;un fichier endommagé est détecté avant que quoi que ce soit ne soit modifié.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>“%1” is not a valid database name.</source>
        <translation>« %1 » n&apos;est pas un nom de base de données valide.</translation>
    </message>
    <message>
        <source>Reading the database and its backups on the server…</source>
        <translation>Lecture de la base de données et de ses sauvegardes sur le serveur…</translation>
    </message>
    <message>
        <source>The backups could not be read: %1</source>
        <translation>Les sauvegardes n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>safety dump</source>
        <translation>sauvegarde de sécurité</translation>
    </message>
    <message>
        <source>nightly backup</source>
        <translation>sauvegarde nocturne</translation>
    </message>
    <message>
        <source>A check failed: see the list below.</source>
        <translation>Un contrôle a échoué : voir la liste ci-dessous.</translation>
    </message>
    <message>
        <source>Verifying %1 (decrypt and read it through)…</source>
        <translation>Vérification de %1 (déchiffrement et lecture complète)…</translation>
    </message>
    <message>
        <source>This backup did not verify: choose another one.</source>
        <translation>Cette sauvegarde n&apos;a pas passé la vérification : choisissez-en une autre.</translation>
    </message>
</context>
<context>
    <name>vigie::RestoreSafetyPage</name>
    <message>
        <source>&amp;Skip the safety dump (not recommended)</source>
        <translation>&amp;Ignorer la sauvegarde de sécurité (déconseillé)</translation>
    </message>
    <message>
        <source>Safety dump</source>
        <translation>Sauvegarde de sécurité</translation>
    </message>
    <message>
        <source>Before the database is replaced, its current content is dumped, so the restore itself can be undone.</source>
        <translation>Avant que la base de données ne soit remplacée, son contenu actuel est sauvegardé, afin que la restauration elle-même puisse être annulée.</translation>
    </message>
    <message>
        <source>The dump of %1 (%2) goes to:
%3</source>
        <translation>La sauvegarde de %1 (%2) sera écrite dans :
%3</translation>
    </message>
    <message>
        <source>Free space there: %1.</source>
        <translation>Espace libre à cet endroit : %1.</translation>
    </message>
    <message>
        <source>Without a safety dump the current content is lost for good. To skip it anyway, type &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Sans sauvegarde de sécurité, le contenu actuel est définitivement perdu. Pour l&apos;ignorer malgré tout, tapez &lt;b&gt;%1&lt;/b&gt; :</translation>
    </message>
</context>
<context>
    <name>vigie::RestoreSourcePage</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>The tenant or the database whose backup you want to restore.</source>
        <translation>Le client ou la base de données dont vous voulez restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Tenant or database:</source>
        <translation>&amp;Client ou base de données :</translation>
    </message>
    <message>
        <source>%1 — tenant %2</source>
        <translation>%1 — client %2</translation>
    </message>
</context>
<context>
    <name>vigie::RestoreTargetPage</name>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Replace the database&apos;s content, or restore into a new scratch database to look at the data without touching the original.</source>
        <translation>Remplacer le contenu de la base de données, ou restaurer dans une nouvelle base temporaire pour examiner les données sans toucher à l&apos;original.</translation>
    </message>
    <message>
        <source>New database &amp;name:</source>
        <translation>&amp;Nom de la nouvelle base :</translation>
    </message>
    <message>
        <source>Restore to a &amp;copy: a new database; %1 is not touched</source>
        <translation>Restaurer dans une &amp;copie : une nouvelle base ; %1 n&apos;est pas modifiée</translation>
    </message>
    <message>
        <source>Restore &amp;in place: replace the content of %1 (a safety dump is taken first)</source>
        <translation>Restaurer &amp;en place : remplacer le contenu de %1 (une sauvegarde de sécurité est faite d&apos;abord)</translation>
    </message>
    <message>
        <source>A database named “%1” already exists.</source>
        <translation>Une base de données nommée « %1 » existe déjà.</translation>
    </message>
</context>
<context>
    <name>vigie::RestoreWizard</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>Rows per table (before → after)</source>
        <translation>Lignes par table (avant → après)</translation>
    </message>
    <message>
        <source>%1 now holds the content of %2. The original database was not touched; drop the copy when you are done with it.</source>
        <translation>%1 contient maintenant le contenu de %2. La base d&apos;origine n&apos;a pas été modifiée ; supprimez la copie quand vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>%1 was restored from %2.</source>
        <translation>%1 a été restaurée depuis %2.</translation>
    </message>
    <message>
        <source>Its previous content is kept in the safety dump %1.</source>
        <translation>Son contenu précédent est conservé dans la sauvegarde de sécurité %1.</translation>
    </message>
    <message>
        <source>Final state</source>
        <translation>État final</translation>
    </message>
    <message>
        <source>Restore the &amp;safety dump…</source>
        <translation>&amp;Restaurer la sauvegarde de sécurité…</translation>
    </message>
    <message>
        <source>Put back the content the database had before this restore (the plan is shown first).</source>
        <translation>Remettre le contenu qu&apos;avait la base de données avant cette restauration (le plan est affiché d&apos;abord).</translation>
    </message>
</context>
<context>
    <name>vigie::RunController</name>
    <message>
        <source>There is no connection to the server.</source>
        <translation>Il n&apos;y a pas de connexion au serveur.</translation>
    </message>
    <message>
        <source>This run controller already follows run %1.</source>
        <translation>Ce contrôleur suit déjà l&apos;exécution %1.</translation>
    </message>
    <message>
        <source>The plan has no steps.</source>
        <translation>Le plan n&apos;a aucune étape.</translation>
    </message>
    <message numerus="yes">
        <source>A plan can lock at most %n targets.</source>
        <translation>
            <numerusform>Un plan peut verrouiller au plus %n cible.</numerusform>
            <numerusform>Un plan peut verrouiller au plus %n cibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run could not start on the server: %1</source>
        <translation>L&apos;exécution n&apos;a pas pu démarrer sur le serveur : %1</translation>
    </message>
    <message>
        <source>%1 is not a run id.</source>
        <translation>%1 n&apos;est pas un identifiant d&apos;exécution.</translation>
    </message>
    <message>
        <source>There is no run %1 on this server.</source>
        <translation>Il n&apos;y a pas d&apos;exécution %1 sur ce serveur.</translation>
    </message>
    <message numerus="yes">
        <source>[… %n character(s) of output not kept here …]</source>
        <translation>
            <numerusform>[… %n caractère de sortie non conservé ici …]</numerusform>
            <numerusform>[… %n caractères de sortie non conservés ici …]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::RunJournalRecorder</name>
    <message>
        <source>The journal is closed: this operation is not recorded.</source>
        <translation>Le journal est fermé : cette opération n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <source>Nothing ran: %1 is still locked by run %2 of %3 (since %4), which did not finish.</source>
        <translation>Rien n&apos;a été exécuté : %1 est toujours verrouillé par l&apos;exécution %2 de %3 (depuis le %4), qui ne s&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>Nothing ran: %1 is locked by run %2 of %3 (since %4).</source>
        <translation>Rien n&apos;a été exécuté : %1 est verrouillé par l&apos;exécution %2 de %3 (depuis le %4).</translation>
    </message>
    <message>
        <source>The journal is closed.</source>
        <translation>Le journal est fermé.</translation>
    </message>
</context>
<context>
    <name>vigie::RunPage</name>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>The run goes on on the server even if this window closes or the connection drops.</source>
        <translation>L&apos;exécution se poursuit sur le serveur même si cette fenêtre se ferme ou si la connexion est coupée.</translation>
    </message>
</context>
<context>
    <name>vigie::RunProgressView</name>
    <message>
        <source>C&amp;lear stale lock…</source>
        <translation>Supprimer le &amp;verrou orphelin…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Cancel run…</source>
        <translation>A&amp;nnuler l&apos;exécution…</translation>
    </message>
    <message>
        <source>Stop the run on the server at the step it is in</source>
        <translation>Arrêter l&apos;exécution sur le serveur à l&apos;étape en cours</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation>L&apos;exécution n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Step %1 failed: rolling back…</source>
        <translation>L&apos;étape %1 a échoué : retour arrière en cours…</translation>
    </message>
    <message>
        <source>Connection lost — reattaching… The run goes on on the server.</source>
        <translation>Connexion perdue — reprise du suivi… L&apos;exécution se poursuit sur le serveur.</translation>
    </message>
    <message>
        <source>Reattached: following the run again.</source>
        <translation>Reconnecté : suivi de l&apos;exécution repris.</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>Exécution terminée : %1</translation>
    </message>
    <message>
        <source>Starting the run on the server…</source>
        <translation>Démarrage de l&apos;exécution sur le serveur…</translation>
    </message>
    <message>
        <source>refused: %1 is locked by %2 since %3 (run %4)</source>
        <translation>refusée : %1 est verrouillé par %2 depuis le %3 (exécution %4)</translation>
    </message>
    <message>
        <source>Nothing ran: %1.</source>
        <translation>Rien n&apos;a été exécuté : %1.</translation>
    </message>
    <message>
        <source>That run is gone without releasing its lock: the target may be half-changed.</source>
        <translation>Cette exécution a disparu sans libérer son verrou : la cible est peut-être à moitié modifiée.</translation>
    </message>
    <message>
        <source>Clear stale lock</source>
        <translation>Supprimer le verrou orphelin</translation>
    </message>
    <message>
        <source>Run %1 by %2 took the lock on %3 at %4 and never released it. Check what it left half-done before clearing the lock. Clear it now?</source>
        <translation>L&apos;exécution %1 de %2 a pris le verrou sur %3 le %4 et ne l&apos;a jamais libéré. Vérifiez ce qu&apos;elle a laissé à moitié fait avant de supprimer le verrou. Le supprimer maintenant ?</translation>
    </message>
    <message>
        <source>Clear lock</source>
        <translation>Supprimer le verrou</translation>
    </message>
    <message>
        <source>The lock on %1 is cleared: you can try again.</source>
        <translation>Le verrou sur %1 est supprimé : vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>The lock could not be cleared: %1</source>
        <translation>Le verrou n&apos;a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Stop the run on the server now? The step in progress is interrupted and the following steps do not run.</source>
        <translation>Arrêter l&apos;exécution sur le serveur maintenant ? L&apos;étape en cours est interrompue et les étapes suivantes ne sont pas exécutées.</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Arrêter l&apos;exécution</translation>
    </message>
</context>
<context>
    <name>vigie::RunStepList</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed (exit %1)</source>
        <translation>Échec (code de sortie %1)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Non exécutée</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Rolling back:</source>
        <translation>Retour arrière :</translation>
    </message>
    <message>
        <source>R%1. %2</source>
        <translation>R%1. %2</translation>
    </message>
</context>
<context>
    <name>vigie::RunTableModel</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Provisionnement</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
</context>
<context>
    <name>vigie::RunWindow</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>Le journal n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Reading the log from the server…</source>
        <translation>Lecture du journal sur le serveur…</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Run %1 by %2, started %3</source>
        <translation>Exécution %1 par %2, commencée le %3</translation>
    </message>
    <message>
        <source>Finished %1 (took %2)</source>
        <translation>Terminée le %1 (durée : %2)</translation>
    </message>
</context>
<context>
    <name>vigie::RunsClient</name>
    <message>
        <source>There is no connection to the server.</source>
        <translation>Il n&apos;y a pas de connexion au serveur.</translation>
    </message>
    <message>
        <source>Could not list the runs: %1</source>
        <translation>Impossible de lister les exécutions : %1</translation>
    </message>
    <message>
        <source>the listing is too large</source>
        <translation>la liste est trop volumineuse</translation>
    </message>
    <message>
        <source>%1 is not a run id.</source>
        <translation>%1 n&apos;est pas un identifiant d&apos;exécution.</translation>
    </message>
    <message>
        <source>
[log cut after %1 MiB]
</source>
        <translation>
[journal tronqué après %1 Mio]
</translation>
    </message>
    <message>
        <source>Could not read the log of run %1: %2</source>
        <translation>Impossible de lire le journal de l&apos;exécution %1 : %2</translation>
    </message>
    <message>
        <source>The lock on %1 is held by the live run %2 (%3): it is not stale.</source>
        <translation>Le verrou sur %1 est détenu par l&apos;exécution active %2 (%3) : il n&apos;est pas orphelin.</translation>
    </message>
    <message>
        <source>Could not clear the lock on %1: %2</source>
        <translation>Impossible de supprimer le verrou sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>vigie::RunsDashboard</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ra&amp;fraîchir</translation>
    </message>
    <message>
        <source>Locks held now</source>
        <translation>Verrous actuellement détenus</translation>
    </message>
    <message>
        <source>Read the runs and locks from the server again</source>
        <translation>Relire les exécutions et les verrous sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Open run</source>
        <translation>O&amp;uvrir l&apos;exécution</translation>
    </message>
    <message>
        <source>C&amp;lear stale lock…</source>
        <translation>Supprimer le &amp;verrou orphelin…</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Runs on %1</source>
        <translation>Exécutions sur %1</translation>
    </message>
    <message>
        <source>Locks held now: none</source>
        <translation>Verrous actuellement détenus : aucun</translation>
    </message>
    <message>
        <source>Select a server to see its runs.</source>
        <translation>Sélectionnez un serveur pour voir ses exécutions.</translation>
    </message>
    <message>
        <source>Reading the runs from the server…</source>
        <translation>Lecture des exécutions sur le serveur…</translation>
    </message>
    <message>
        <source>The runs could not be read: %1</source>
        <translation>Les exécutions n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), read at %1</source>
        <translation>
            <numerusform>%n exécution, liste lue le %1</numerusform>
            <numerusform>%n exécutions, liste lue le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock in use</source>
        <translation>Verrou utilisé</translation>
    </message>
    <message>
        <source>The lock on %1 belongs to run %2, which is still running. Follow or cancel that run instead.</source>
        <translation>Le verrou sur %1 appartient à l&apos;exécution %2, qui est toujours en cours. Suivez ou annulez plutôt cette exécution.</translation>
    </message>
    <message>
        <source>Clear stale lock</source>
        <translation>Supprimer le verrou orphelin</translation>
    </message>
    <message>
        <source>Run %1 by %2 took the lock on %3 at %4 and never released it. Check what it left half-done before clearing the lock. Clear it now?</source>
        <translation>L&apos;exécution %1 de %2 a pris le verrou sur %3 le %4 et ne l&apos;a jamais libéré. Vérifiez ce qu&apos;elle a laissé à moitié fait avant de supprimer le verrou. Le supprimer maintenant ?</translation>
    </message>
    <message>
        <source>Clear lock</source>
        <translation>Supprimer le verrou</translation>
    </message>
</context>
<context>
    <name>vigie::SecretStore</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Cette entrée n&apos;existe pas dans le trousseau.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock the keychain or allow Vigie to use it, then try again.</source>
        <translation>L&apos;accès au trousseau a été refusé. Déverrouillez le trousseau ou autorisez Vigie à l&apos;utiliser, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain has no unlocked default keyring (it may be locked, or its unlock prompt could not be shown): %1</source>
        <translation>Le service de trousseau n&apos;a aucun trousseau par défaut déverrouillé (il est peut-être verrouillé, ou sa demande de déverrouillage n&apos;a pas pu s&apos;afficher) : %1</translation>
    </message>
    <message>
        <source>The keychain reported an unknown error.</source>
        <translation>Le trousseau a signalé une erreur inconnue.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur : %1</translation>
    </message>
    <message>
        <source>The keychain entry is damaged or incomplete (a part of it is missing). Store the secret again.</source>
        <translation>L&apos;entrée du trousseau est endommagée ou incomplète (une partie manque). Enregistrez de nouveau le secret.</translation>
    </message>
    <message>
        <source>The secret is too large for the keychain.</source>
        <translation>Le secret est trop volumineux pour le trousseau.</translation>
    </message>
    <message>
        <source>No keychain is available: Vigie needs the system keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows) to store keys and never stores them elsewhere.</source>
        <translation>Aucun trousseau n&apos;est disponible : Vigie a besoin du trousseau de clés du système (Secret Service sous Linux, Trousseau d&apos;accès sous macOS, Gestionnaire d&apos;identification sous Windows) pour stocker les clés, et ne les stocke jamais ailleurs.</translation>
    </message>
</context>
<context>
    <name>vigie::SectionPanel</name>
    <message>
        <source>Not installed on this server.</source>
        <translation>Non installé sur ce serveur.</translation>
    </message>
    <message>
        <source>Needs root or sudo on the server.</source>
        <translation>Nécessite root ou sudo sur le serveur.</translation>
    </message>
    <message>
        <source>Did not answer within %1.</source>
        <translation>Aucune réponse dans le délai de %1.</translation>
    </message>
    <message>
        <source>The output was too long: only its beginning is shown.</source>
        <translation>La sortie était trop longue : seul son début est affiché.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>La réponse du serveur est illisible.</translation>
    </message>
    <message>
        <source>The check failed (exit code %1).</source>
        <translation>La vérification a échoué (code de sortie %1).</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>La vérification a échoué.</translation>
    </message>
</context>
<context>
    <name>vigie::ServerDashboards</name>
    <message>
        <source>Select a server in the list to see its dashboards.</source>
        <translation>Sélectionnez un serveur dans la liste pour afficher ses tableaux de bord.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Rafraîchissement…</translation>
    </message>
    <message>
        <source>The refresh failed: %1

Press Refresh (F5) to try again.</source>
        <translation>Le rafraîchissement a échoué : %1

Appuyez sur Rafraîchir (F5) pour réessayer.</translation>
    </message>
    <message>
        <source>Not refreshed yet — press Refresh (F5)</source>
        <translation>Pas encore rafraîchi — appuyez sur Rafraîchir (F5)</translation>
    </message>
    <message>
        <source>The last refresh failed: %1 What you see is from %2.</source>
        <translation>Le dernier rafraîchissement a échoué : %1 Les données affichées datent du %2.</translation>
    </message>
    <message>
        <source>Not watched: %1 %2</source>
        <translation>Non surveillé : %1 %2</translation>
    </message>
    <message>
        <source>You chose to ignore this area on this server.</source>
        <translation>Vous avez choisi d’ignorer ce domaine sur ce serveur.</translation>
    </message>
    <message>
        <source>Detect looks at what the server runs; Set up opens the server&apos;s settings.</source>
        <translation>Détecter regarde ce que le serveur exécute ; Configurer ouvre les réglages du serveur.</translation>
    </message>
</context>
<context>
    <name>vigie::ServerEditorDialog</name>
    <message>
        <source>Add server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>e.g. clinic-prod</source>
        <translation>p. ex. clinic-prod</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>nom d&apos;hôte ou adresse IP</translation>
    </message>
    <message>
        <source>e.g. deploy</source>
        <translation>p. ex. deploy</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Clés…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>&amp;Port SSH :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Log in with:</source>
        <translation>Se connecter &amp;avec :</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>Key “%1” (%2)</source>
        <translation>Clé « %1 » (%2)</translation>
    </message>
    <message>
        <source>Key “%1” (not in the keychain)</source>
        <translation>Clé « %1 » (absente du trousseau)</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>Agent SSH</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>Modifier le serveur</translation>
    </message>
    <message>
        <source>No key in the keychain yet: use Keys… to import or generate one, or log in with the SSH agent.</source>
        <translation>Aucune clé dans le trousseau pour le moment : utilisez Clés… pour en importer ou en générer une, ou connectez-vous avec l&apos;agent SSH.</translation>
    </message>
    <message>
        <source>This key is not in the keychain: import it again in Keys…, or choose another one.</source>
        <translation>Cette clé n&apos;est pas dans le trousseau : importez-la de nouveau dans Clés…, ou choisissez-en une autre.</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no group</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>This server&apos;s own profile (Detect, or edited by hand)</source>
        <translation>Profil propre à ce serveur (détecté, ou modifié à la main)</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil :</translation>
    </message>
    <message>
        <source>Host only (vitals; nothing else watched)</source>
        <translation>Hôte seul (état de la machine ; rien d’autre n’est surveillé)</translation>
    </message>
    <message>
        <source>This server has no %1 to watch: its &quot;not watched&quot; state does not count in the fleet&apos;s worst state.</source>
        <translation>Ce serveur n’a pas de %1 à surveiller : son état « non surveillé » ne compte pas dans le pire état du parc.</translation>
    </message>
    <message>
        <source>&amp;Ignore when not watched:</source>
        <translation>&amp;Ignorer si non surveillé :</translation>
    </message>
</context>
<context>
    <name>vigie::ServerOverview</name>
    <message>
        <source>Select a server in the list to see its details.</source>
        <translation>Sélectionnez un serveur dans la liste pour afficher ses détails.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe :</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification :</translation>
    </message>
    <message>
        <source>Host key:</source>
        <translation>Clé d&apos;hôte :</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>Connect and test</source>
        <translation>Connecter et tester</translation>
    </message>
    <message>
        <source>Connects (if needed) and runs “%1” on the server.</source>
        <translation>Se connecte (si nécessaire) et exécute « %1 » sur le serveur.</translation>
    </message>
    <message>
        <source>The output of the test command appears here.</source>
        <translation>La sortie de la commande de test s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>not known yet: it is shown once connected</source>
        <translation>pas encore connue : elle s&apos;affiche après la connexion</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>Pas encore testé.</translation>
    </message>
    <message>
        <source>connected in %1 ms</source>
        <translation>connecté en %1 ms</translation>
    </message>
    <message>
        <source>command round trip %1 ms</source>
        <translation>aller-retour de la commande en %1 ms</translation>
    </message>
    <message>
        <source>Succeeded at %1.</source>
        <translation>Réussi à %1.</translation>
    </message>
    <message>
        <source>Succeeded at %1: %2.</source>
        <translation>Réussi à %1 : %2.</translation>
    </message>
    <message>
        <source>Failed at %1.</source>
        <translation>Échec à %1.</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no group</comment>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>vigie::ServerPage</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>The operation runs on this server, detached: closing Vigie or losing the connection does not stop it.</source>
        <translation>L&apos;opération s&apos;exécute sur ce serveur, en arrière-plan : fermer Vigie ou perdre la connexion ne l&apos;arrête pas.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a server.</source>
        <translation>Choisissez un serveur.</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>Dernier rafraîchissement : %1</translation>
    </message>
    <message>
        <source>Not refreshed yet: lists are read from the server on the next pages.</source>
        <translation>Pas encore rafraîchi : les listes seront lues sur le serveur dans les pages suivantes.</translation>
    </message>
</context>
<context>
    <name>vigie::ServicesDashboard</name>
    <message>
        <source>Restart…</source>
        <translation>Redémarrer…</translation>
    </message>
    <message>
        <source>Reload…</source>
        <translation>Recharger…</translation>
    </message>
    <message>
        <source>Show logs</source>
        <translation>Afficher les journaux</translation>
    </message>
    <message>
        <source>Ask the service to re-read its configuration without stopping</source>
        <translation>Demander au service de relire sa configuration sans s&apos;arrêter</translation>
    </message>
    <message>
        <source>Replace the app&apos;s processes one at a time (no downtime in cluster mode)</source>
        <translation>Remplacer les processus de l&apos;application un par un (sans interruption en mode cluster)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Fichiers journaux</translation>
    </message>
    <message>
        <source>systemd units</source>
        <translation>Unités systemd</translation>
    </message>
    <message>
        <source>PM2 apps</source>
        <translation>Applications PM2</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Contrôles de santé</translation>
    </message>
    <message>
        <source>fail2ban</source>
        <translation>fail2ban</translation>
    </message>
    <message>
        <source>Firewall (ufw)</source>
        <translation>Pare-feu (ufw)</translation>
    </message>
    <message>
        <source>this server</source>
        <translation>ce serveur</translation>
    </message>
    <message>
        <source>This server does not run systemd.</source>
        <translation>Ce serveur n&apos;utilise pas systemd.</translation>
    </message>
    <message>
        <source>No unit to watch: list them in the server&apos;s profile.</source>
        <translation>Aucune unité à surveiller : indiquez-les dans le profil du serveur.</translation>
    </message>
    <message>
        <source>PM2 runs no app.</source>
        <translation>PM2 n&apos;exécute aucune application.</translation>
    </message>
    <message>
        <source>No health URL is checked: add them to the profile.</source>
        <translation>Aucune URL de santé n&apos;est contrôlée : ajoutez-les au profil.</translation>
    </message>
    <message>
        <source>The firewall state is unknown.</source>
        <translation>L&apos;état du pare-feu est inconnu.</translation>
    </message>
    <message numerus="yes">
        <source>Active, %Ln rule(s)</source>
        <translation>
            <numerusform>Actif, %Ln règle</numerusform>
            <numerusform>Actif, %Ln règles</numerusform>
        </translation>
    </message>
    <message>
        <source>Inactive: ufw filters nothing</source>
        <translation>Inactif : ufw ne filtre rien</translation>
    </message>
    <message>
        <source>No jail is active.</source>
        <translation>Aucune prison n&apos;est active.</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Redémarrer %1</translation>
    </message>
    <message>
        <source>Reload %1</source>
        <translation>Recharger %1</translation>
    </message>
    <message>
        <source>Restart “%1” on %2? It stops and starts again: the connections it is serving are dropped.</source>
        <translation>Redémarrer « %1 » sur %2 ? Le service s&apos;arrête puis redémarre : les connexions qu&apos;il sert sont coupées.</translation>
    </message>
    <message>
        <source>Reload “%1” on %2? It re-reads its configuration without stopping; an invalid configuration can still stop it.</source>
        <translation>Recharger « %1 » sur %2 ? Le service relit sa configuration sans s&apos;arrêter ; une configuration non valide peut toutefois l&apos;arrêter.</translation>
    </message>
    <message numerus="yes">
        <source>Restart the PM2 app “%1” on %2? Its %n process(es) stop and start again; requests in flight may fail.</source>
        <translation>
            <numerusform>Redémarrer l&apos;application PM2 « %1 » sur %2 ? Son processus (%n) s&apos;arrête puis redémarre ; les requêtes en cours peuvent échouer.</numerusform>
            <numerusform>Redémarrer l&apos;application PM2 « %1 » sur %2 ? Ses %n processus s&apos;arrêtent puis redémarrent ; les requêtes en cours peuvent échouer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reload the PM2 app “%1” on %2? Its %n process(es) are replaced one at a time.</source>
        <translation>
            <numerusform>Recharger l&apos;application PM2 « %1 » sur %2 ? Son processus (%n) est remplacé.</numerusform>
            <numerusform>Recharger l&apos;application PM2 « %1 » sur %2 ? Ses %n processus sont remplacés un par un.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>pm2 %1</source>
        <translation>pm2 %1</translation>
    </message>
    <message>
        <source>Restart the service “%1” of the Compose project “%2” on %3? Its container %4 stops and starts again.</source>
        <translation>Redémarrer le service « %1 » du projet Compose « %2 » sur %3 ? Son conteneur %4 s’arrête puis redémarre.</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>No queue, service, DKIM key or TLS listener is listed in the profile&apos;s mail settings.</source>
        <translation>Aucune file d’attente, aucun service, aucune clé DKIM ni aucun point d’écoute TLS n’est indiqué dans les réglages de courrier du profil.</translation>
    </message>
</context>
<context>
    <name>vigie::SshAgentClient</name>
    <message>
        <source>the agent closed the connection</source>
        <translation>l’agent a fermé la connexion</translation>
    </message>
    <message>
        <source>the agent sent a malformed answer</source>
        <translation>l’agent a envoyé une réponse mal formée</translation>
    </message>
    <message>
        <source>the agent sent a malformed list of keys</source>
        <translation>l’agent a envoyé une liste de clés mal formée</translation>
    </message>
</context>
<context>
    <name>vigie::SshConfigImportDialog</name>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Import the identity files into the keychain</source>
        <translation>Importer les fichiers d’identité dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Import from SSH config</source>
        <translation>Importer depuis la configuration SSH</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Identity files</source>
        <translation>Fichiers d’identité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Keys already in the keychain under the same name are reused. Without a key, the server uses the SSH agent.</source>
        <translation>Les clés déjà présentes dans le trousseau sous le même nom sont réutilisées. Sans clé, le serveur utilise l’agent SSH.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Choose an SSH config file</source>
        <translation>Choisir un fichier de configuration SSH</translation>
    </message>
    <message>
        <source>No host found in this file (patterns with * or ? are defaults, not servers).</source>
        <translation>Aucun hôte trouvé dans ce fichier (les motifs avec * ou ? sont des valeurs par défaut, pas des serveurs).</translation>
    </message>
    <message>
        <source>Already in the fleet</source>
        <translation>Déjà dans le parc</translation>
    </message>
    <message>
        <source>%1: already in the fleet, skipped.</source>
        <translation>%1 : déjà dans le parc, ignoré.</translation>
    </message>
    <message>
        <source>uses the SSH agent</source>
        <translation>utilise l’agent SSH</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>Key %1 imported into the keychain.</source>
        <translation>Clé %1 importée dans le trousseau.</translation>
    </message>
    <message>
        <source>Key %1 could not be imported: %2</source>
        <translation>La clé %1 n’a pas pu être importée : %2</translation>
    </message>
    <message>
        <source>uses the SSH agent instead</source>
        <translation>utilise l’agent SSH à la place</translation>
    </message>
    <message>
        <source>%1: not added: %2</source>
        <translation>%1 : non ajouté : %2</translation>
    </message>
    <message>
        <source>%1: added (%2, %3).</source>
        <translation>%1 : ajouté (%2, %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) added.</source>
        <translation>
            <numerusform>%n serveur ajouté.</numerusform>
            <numerusform>%n serveurs ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): see below.</source>
        <translation>
            <numerusform>%n problème : voir ci-dessous.</numerusform>
            <numerusform>%n problèmes : voir ci-dessous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::SshConnection</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be locked and waiting for its password: unlock it, then connect again.</source>
        <translation>
            <numerusform>Le trousseau n’a pas répondu en %n seconde. Il est peut-être verrouillé et attend son mot de passe : déverrouillez-le, puis reconnectez-vous.</numerusform>
            <numerusform>Le trousseau n’a pas répondu en %n secondes. Il est peut-être verrouillé et attend son mot de passe : déverrouillez-le, puis reconnectez-vous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::SshSessionWorker</name>
    <message>
        <source>no TCP connection</source>
        <translation>aucune connexion TCP</translation>
    </message>
    <message>
        <source>no answer during the SSH handshake</source>
        <translation>aucune réponse pendant la négociation SSH</translation>
    </message>
    <message>
        <source>cannot create an SSH session</source>
        <translation>impossible de créer une session SSH</translation>
    </message>
    <message>
        <source>unsupported host key type</source>
        <translation>type de clé d&apos;hôte non pris en charge</translation>
    </message>
    <message>
        <source>no answer to keepalives for %1 s</source>
        <translation>aucune réponse aux messages keepalive depuis %1 s</translation>
    </message>
</context>
<context>
    <name>vigie::SubdomainPage</name>
    <message>
        <source>Subdomain</source>
        <translation>Sous-domaine</translation>
    </message>
    <message>
        <source>The tenant&apos;s address. Lower-case letters, digits and inner hyphens; it must not be in use.</source>
        <translation>L&apos;adresse du client. Lettres minuscules, chiffres et tirets internes ; il ne doit pas être déjà utilisé.</translation>
    </message>
    <message>
        <source>&amp;Subdomain:</source>
        <translation>Sous-&amp;domaine :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Type a subdomain.</source>
        <translation>Saisissez un sous-domaine.</translation>
    </message>
    <message>
        <source>“%1” is already a tenant&apos;s subdomain.</source>
        <translation>« %1 » est déjà le sous-domaine d&apos;un client.</translation>
    </message>
    <message>
        <source>“%1” is too close to the existing subdomain “%2”.</source>
        <translation>« %1 » est trop proche du sous-domaine existant « %2 ».</translation>
    </message>
</context>
<context>
    <name>vigie::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Nothing ran, so nothing changed on the server.</source>
        <translation>Rien n&apos;a été exécuté, donc rien n&apos;a changé sur le serveur.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>No step that changes something completed.</source>
        <translation>Aucune étape modifiant quelque chose n&apos;a abouti.</translation>
    </message>
    <message>
        <source>Done on the server:
%1</source>
        <translation>Effectué sur le serveur :
%1</translation>
    </message>
    <message>
        <source>The recovery steps ran and succeeded: the changes above were rolled back.</source>
        <translation>Les étapes de récupération se sont exécutées avec succès : les modifications ci-dessus ont été annulées.</translation>
    </message>
    <message>
        <source>Nothing ran: %1</source>
        <translation>Rien n&apos;a été exécuté : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Run %1 by %2, %3, took %4.</source>
        <translation>Exécution %1 par %2, le %3, durée : %4.</translation>
    </message>
    <message>
        <source>Cancelled at step</source>
        <translation>Annulée à l&apos;étape</translation>
    </message>
    <message>
        <source>Failed step</source>
        <translation>Étape en échec</translation>
    </message>
    <message>
        <source>%1. %2

%3</source>
        <translation>%1. %2

%3</translation>
    </message>
</context>
<context>
    <name>vigie::TcpConnector</name>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
</context>
<context>
    <name>vigie::TenantNamePage</name>
    <message>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>The name the tenant is known by, as its users will see it.</source>
        <translation>Le nom sous lequel le client est connu, tel que ses utilisateurs le verront.</translation>
    </message>
    <message>
        <source>e.g. Clínica Ozondenia</source>
        <translation>p. ex. Clínica Ozondenia</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
</context>
<context>
    <name>vigie::TenantTableModel</name>
    <message>
        <source>missing</source>
        <comment>database</comment>
        <translation>absente</translation>
    </message>
    <message>
        <source>does not resolve</source>
        <translation>ne se résout pas</translation>
    </message>
    <message>
        <source>resolves</source>
        <translation>se résout</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no certificate</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>pas de réponse : %1</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no backup</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1: no problem found</source>
        <translation>%1 : aucun problème détecté</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Provisionné</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>Latest backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>The address the host name resolves to, seen from the server</source>
        <translation>L&apos;adresse vers laquelle se résout le nom d&apos;hôte, vue depuis le serveur</translation>
    </message>
    <message>
        <source>The certificate whose names cover the host name</source>
        <translation>Le certificat dont les noms couvrent le nom d&apos;hôte</translation>
    </message>
    <message>
        <source>The HTTP status of the tenant&apos;s health URL over HTTPS</source>
        <translation>Le statut HTTP de l&apos;URL de santé du client en HTTPS</translation>
    </message>
    <message>
        <source>not checked (no tenant domain)</source>
        <translation>non vérifié (pas de domaine client)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
</context>
<context>
    <name>vigie::TenantsDashboard</name>
    <message>
        <source>Only tenants with problems</source>
        <translation>Seulement les clients avec des problèmes</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Copy host name</source>
        <translation>Copier le nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Filter tenants…</source>
        <translation>Filtrer les clients…</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>The server&apos;s profile does not say how to list tenants.</source>
        <translation>Le profil du serveur n&apos;indique pas comment lister les clients.</translation>
    </message>
    <message>
        <source>No tenant found in %1.</source>
        <translation>Aucun client trouvé dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n with problems</source>
        <translation>
            <numerusform>%1, dont %n avec des problèmes</numerusform>
            <numerusform>%1, dont %n avec des problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n shown)</source>
        <translation>
            <numerusform>%1 (%n affiché)</numerusform>
            <numerusform>%1 (%n affichés)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::UnitTableModel</name>
    <message>
        <source>not found</source>
        <comment>systemd unit</comment>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>systemd unit state</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4</source>
        <translation>%1 : %2 (%3), %4</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sub-state</source>
        <translation>Sous-état</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
</context>
</TS>
