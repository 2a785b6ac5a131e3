# Vigie server detection: prints what this server has, one "kind<TAB>value" line per fact,
# for Vigie to build a server profile from. Read-only, POSIX sh, nothing installed.
# Each probe is bounded in time so a hanging tool cannot stall the detection.
t() { if command -v timeout >/dev/null 2>&1; then timeout -k 1 5 "$@"; else "$@"; fi; }
fact() { printf '%s\t%s\n' "$1" "$2"; }

fact user "$(id -un)"
if command -v pm2 >/dev/null 2>&1; then fact pm2 "$(command -v pm2)"; fi
for home in "$HOME/.pm2" /root/.pm2 /home/*/.pm2; do
    [ -d "$home" ] && fact pm2home "$home"
done
if command -v docker >/dev/null 2>&1; then
    fact docker "$(command -v docker)"
    t docker compose ls --all --format '{{.Name}}' 2>/dev/null | while read -r p; do
        [ -n "$p" ] && fact compose "$p"
    done
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
for conf in /etc/nginx/sites-enabled/* /etc/nginx/conf.d/*.conf; do
    [ -f "$conf" ] || continue
    sed -n 's/^[[:space:]]*server_name[[:space:]]\{1,\}\([^;]*\);.*/\1/p' "$conf" 2>/dev/null |
        tr ' ' '\n' | while read -r name; do [ -n "$name" ] && fact server_name "$name"; done
done
psql_list() { "$@" -At -c 'SELECT datname FROM pg_database WHERE NOT datistemplate ORDER BY 1' 2>/dev/null; }
if command -v psql >/dev/null 2>&1; then
    { t psql_list sudo -n -u postgres psql || t psql_list psql; } | while read -r db; do
        [ -n "$db" ] && fact database "$db"
    done
fi
for dir in /var/backups/* /var/backups /opt/backups /home/*/backups /srv/backups; do
    [ -d "$dir" ] || continue
    for f in "$dir"/*.dump "$dir"/*.dump.gpg "$dir"/*.sql.gz "$dir"/*.sql.gz.gpg "$dir"/*.sql "$dir"/*.gpg; do
        [ -f "$f" ] && fact backup "$f"
    done
done
for s in /opt/scripts/*; do [ -f "$s" ] && fact script "$s"; done
for l in /var/log/nginx/access.log /var/log/nginx/error.log /var/log/*backup*.log; do
    [ -f "$l" ] && fact log "$l"
done
exit 0
