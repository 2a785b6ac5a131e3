# Vigie server detection: prints what this server has, one "kind<TAB>value" line per fact,
# for Vigie to build a server profile from (app/fleet/ProfileDetector.cpp). Read-only, POSIX
# sh, nothing installed. Each probe is bounded in time so a hanging tool cannot stall the
# detection. Values never contain a newline; a value with several fields separates them by TAB.
t() { if command -v timeout >/dev/null 2>&1; then timeout -k 1 5 "$@"; else "$@"; fi; }
fact() { printf '%s\t%s\n' "$1" "$2"; }
tab=$(printf '\t')
# sh text (also run inside a database container): with $PSQL, lists the databases, and in each
# "*_central" one the tables that have a subdomain column (the tenants' table), with columns.
db_facts='
db_facts() {
    dbs=$($PSQL -d "$1" -XAt -c "SELECT datname FROM pg_database WHERE NOT datistemplate ORDER BY 1") ||
        return 1
    printf "%s\n" "$dbs" | while read -r db; do
            [ -n "$db" ] || continue
            printf "database\t%s\n" "$db"
            case $db in *_central) ;; *) continue ;; esac
            $PSQL -d "$db" -XAt -F "$(printf "\t")" -c "SELECT '"'"'tenanttable'"'"', current_database(), table_name, string_agg(column_name, '"'"','"'"' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = '"'"'public'"'"' GROUP BY table_name HAVING bool_or(column_name = '"'"'subdomain'"'"')"
        done
}'

fact user "$(id -un)"
if command -v pm2 >/dev/null 2>&1; then fact pm2 "$(command -v pm2)"; fi
for home in "$HOME/.pm2" /root/.pm2 /home/*/.pm2; do
    [ -d "$home" ] && fact pm2home "$home"
done

# Docker Compose: the projects from their containers' labels (Compose v2 and docker-compose
# 1.x both set them), with where each project lives; then the PostgreSQL container(s).
compose_dirs=''
if command -v docker >/dev/null 2>&1; then
    fact docker "$(command -v docker)"
    for d in "$HOME/.docker/cli-plugins" /usr/local/lib/docker/cli-plugins \
        /usr/local/libexec/docker/cli-plugins /usr/lib/docker/cli-plugins \
        /usr/libexec/docker/cli-plugins; do
        [ -x "$d/docker-compose" ] && { fact composetool 'docker compose'; break; }
    done
    command -v docker-compose >/dev/null 2>&1 && fact composetool docker-compose
    t docker ps -a --filter label=com.docker.compose.project --format \
        '{{.Label "com.docker.compose.project"}}\t{{.Label "com.docker.compose.service"}}\t{{.Names}}\t{{.Image}}\t{{.Label "com.docker.compose.project.working_dir"}}\t{{.Label "com.docker.compose.project.config_files"}}\t{{.State}}' \
        >"${TMPDIR:-/tmp}/vigie-detect-$$" 2>"${TMPDIR:-/tmp}/vigie-detect-err-$$" ||
        fact dockererror "$(head -n 1 "${TMPDIR:-/tmp}/vigie-detect-err-$$")"
    while IFS=$tab read -r project service name image dir files state; do
        [ -n "$project" ] || continue
        fact compose "$project"
        fact composeservice "$project$tab$service$tab$name$tab$image$tab$dir$tab$files"
        case "
$compose_dirs
" in *"
$dir
"*) ;; *) [ -n "$dir" ] && compose_dirs="$compose_dirs
$dir" ;;
        esac
        # A PostgreSQL container: its image or its service says so, and it runs.
        case "$image $service" in
        *postgres* | *postgis* | *timescale* | *" db" | *" database") ;;
        *) continue ;;
        esac
        [ "$state" = running ] || continue
        # The official image's own variables say which role and database to use; PGHOST and
        # PGPORT, when the container sets them, are used by psql itself.
        t docker exec "$name" sh -c 'u=${POSTGRES_USER:-postgres}
printf "dbuser\t%s\n" "$u"
PSQL="psql -U $u"
'"$db_facts"'
db_facts "${POSTGRES_DB:-$u}"' </dev/null 2>/dev/null | while IFS=$tab read -r a b; do
            case $a in
            dbuser) fact dbcontainer "$name$tab$b" ;;
            database) fact database "$b" && fact containerdatabase "$name$tab$b" ;;
            tenanttable) fact tenanttable "$b" ;;
            esac
        done
    done <"${TMPDIR:-/tmp}/vigie-detect-$$"
    rm -f "${TMPDIR:-/tmp}/vigie-detect-$$" "${TMPDIR:-/tmp}/vigie-detect-err-$$"
fi

if [ -d /run/systemd/system ]; then
    t systemctl list-unit-files --no-legend --no-pager 2>/dev/null | while read -r unit _; do
        case "$unit" in
        nginx.service | apache2.service | httpd.service | postgresql.service | postgresql@*.service | \
            fail2ban.service | docker.service | certbot.timer | cron.service | crond.service | \
            ssh.service | sshd.service | ufw.service | redis-server.service | redis.service)
            fact unit "${unit%.service}" ;;
        esac
    done
fi
[ -d /etc/letsencrypt/live ] && fact certdir /etc/letsencrypt/live

# nginx: the configuration each running master was started with (-p/-c on its command line,
# so a non-default prefix is found too), else the default one, with the files it includes.
nginx_files() {
    [ -f "$1" ] && [ -r "$1" ] || return 0
    echo "$1"
    [ "$2" -lt 3 ] || return 0
    sed -n 's/^[[:space:]]*include[[:space:]]\{1,\}\([^;]*\);.*/\1/p' "$1" | while read -r inc; do
        case $inc in /*) ;; *) inc="$nginx_dir/$inc" ;; esac
        for f in $inc; do
            case $f in *mime.types | *_params | *koi-* | *win-utf) continue ;; esac
            nginx_files "$f" $(($2 + 1))
        done
    done
}
nginx_masters=$(ps -eo args= 2>/dev/null | grep '^nginx: master process')
{
    if [ -z "$nginx_masters" ]; then
        echo "/etc/nginx/nginx.conf	"
    fi
    printf '%s\n' "$nginx_masters" | while read -r master; do
        [ -n "$master" ] || continue
        prefix='' conf=/etc/nginx/nginx.conf
        set -f
        # shellcheck disable=SC2086
        set -- $master
        set +f
        while [ $# -gt 0 ]; do
            case $1 in
            -p) prefix=$2; shift ;;
            -c) conf=$2; shift ;;
            esac
            shift
        done
        case $conf in /*) ;; *) conf=${prefix%/}/$conf ;; esac
        fact nginxmaster "$conf" >&2
        printf '%s\t%s\n' "$conf" "$prefix"
    done
} 2>&1 >"${TMPDIR:-/tmp}/vigie-nginx-$$" | cat
sort -u "${TMPDIR:-/tmp}/vigie-nginx-$$" | while IFS=$tab read -r nginx_conf prefix; do
    nginx_dir=$(dirname "$nginx_conf")
    # One fact per server block: its names, its (TLS, when there is one) listen, its certificate.
    nginx_files "$nginx_conf" 0 | sort -u | while read -r f; do
        awk '{ sub(/#.*/, "") }
/^[[:space:]]*server[[:space:]]*\{/ && !inserver { inserver = 1; sdepth = depth; listen = ""; names = ""; cert = "" }
inserver && /^[[:space:]]*listen[[:space:]]/ {
    l = $0; sub(/^[[:space:]]*listen[[:space:]]+/, "", l); sub(/;.*/, "", l)
    if (listen == "" || (l ~ /ssl/ && listen !~ /ssl/)) listen = l
}
inserver && /^[[:space:]]*server_name[[:space:]]/ {
    l = $0; sub(/^[[:space:]]*server_name[[:space:]]+/, "", l); sub(/;.*/, "", l)
    names = names (names == "" ? "" : " ") l
}
inserver && /^[[:space:]]*ssl_certificate[[:space:]]/ {
    l = $0; sub(/^[[:space:]]*ssl_certificate[[:space:]]+/, "", l); sub(/;.*/, "", l); cert = l
}
{
    depth += gsub(/\{/, "{") - gsub(/\}/, "}")
    if (inserver && depth <= sdepth) {
        printf "vhost\t%s\t%s\t%s\n", names, listen, cert
        inserver = 0
    }
}' "$f" 2>/dev/null
        sed -n 's/^[[:space:]]*server_name[[:space:]]\{1,\}\([^;]*\);.*/\1/p' "$f" 2>/dev/null |
            tr ' ' '\n' | while read -r name; do [ -n "$name" ] && fact server_name "$name"; done
        # Its logs (relative paths are under the prefix), for the log viewer.
        sed -n 's/^[[:space:]]*\(access\|error\)_log[[:space:]]\{1,\}\([^;[:space:]]*\).*/\2/p' "$f" \
            2>/dev/null | while read -r log; do
            case $log in off | /dev/* | syslog:* | stderr) continue ;; /*) ;; *) log=${prefix:-/etc/nginx}/$log ;; esac
            [ -f "$log" ] && fact log "$log"
        done
    done
    # Which of those names this server itself can resolve (a health check runs from here).
    nginx_files "$nginx_conf" 0 | sort -u | while read -r f; do
        sed -n 's/^[[:space:]]*server_name[[:space:]]\{1,\}\([^;]*\);.*/\1/p' "$f" 2>/dev/null
    done | tr ' ' '\n' | sort -u | while read -r name; do
        case $name in '' | _ | *'*'* | *'~'*) continue ;; esac
        if t getent hosts "$name" >/dev/null 2>&1; then fact resolves "$name${tab}1"; else fact resolves "$name${tab}0"; fi
    done
done
rm -f "${TMPDIR:-/tmp}/vigie-nginx-$$"

if command -v psql >/dev/null 2>&1; then
    for PSQL in 'sudo -n -u postgres psql' psql; do
        out=$(t sh -c "PSQL='$PSQL'; $db_facts
db_facts postgres" 2>/dev/null) || continue
        printf '%s\n' "$out" | while IFS=$tab read -r a b; do
            case $a in
            database) fact database "$b" ;;
            tenanttable) fact tenanttable "$b" ;;
            esac
        done
        break
    done
fi

# Backups: the usual places, the Compose projects' own folders and the login user's, one level
# of subfolders (/var/backups/flotteq/db), every format the seeds write.
{
    printf '%s\n' /var/backups /opt/backups /srv/backups "$HOME/backups" /home/*/backups
    printf '%s\n' "$compose_dirs"
} | while IFS= read -r base; do
    [ -n "$base" ] || continue
    for dir in "$base" "$base"/* "$base"/backups "$base"/backups/*; do
        [ -d "$dir" ] || continue
        for f in "$dir"/*.dump "$dir"/*.dump.gpg "$dir"/*.sql.gz "$dir"/*.sql.gz.gpg \
            "$dir"/*.sql "$dir"/*.gpg "$dir"/*.tar.gz; do
            [ -f "$f" ] && fact backup "$f"
        done
    done
done | sort -u
{
    printf '%s\n' /opt/scripts
    printf '%s\n' "$compose_dirs" | sed -n 's|.|&|p' | sed 's|$|/scripts|'
} | while IFS= read -r dir; do
    for s in "$dir"/*; do
        [ -f "$s" ] && fact script "$s"
    done
done
[ -n "$nginx_masters" ] || for l in /var/log/nginx/access.log /var/log/nginx/error.log; do
    [ -f "$l" ] && fact log "$l"
done
for l in /var/log/*backup*.log /var/log/*/*backup*.log "$HOME"/logs/*.log; do
    [ -f "$l" ] && fact log "$l"
done
exit 0
