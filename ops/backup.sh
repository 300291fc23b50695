#!/usr/bin/env bash
# R-OPS.2: a consistent backup of Concord's PostgreSQL database (issue 25). See docs/operations.md,
# "Backups and the restore drill".
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: ops/backup.sh [-h HOST] [-p PORT] [-U USER] [-d DATABASE] [-o DIRECTORY]

Takes a consistent backup of Concord's PostgreSQL database: one pg_dump in custom format (-Fc), read in one
snapshot of the database while Concord runs on. Writes DIRECTORY/concord-DATABASE-YYYYMMDDTHHMMSSZ.dump and its
SHA-256 beside it (.dump.sha256), and prints the dump's path.

The connection comes from the usual PG* environment variables (PGHOST, PGPORT, PGUSER, PGDATABASE; the password from
PGPASSWORD or ~/.pgpass); the options override them. DIRECTORY defaults to the current directory.
Everything Concord holds is in the database, documents included (table document_content): nothing else to copy.
USAGE
}

host="${PGHOST:-}"
port="${PGPORT:-}"
user="${PGUSER:-}"
database="${PGDATABASE:-}"
directory="."
while getopts ":h:p:U:d:o:" option; do
    case "$option" in
        h) host="$OPTARG" ;;
        p) port="$OPTARG" ;;
        U) user="$OPTARG" ;;
        d) database="$OPTARG" ;;
        o) directory="$OPTARG" ;;
        :) echo "backup.sh: -$OPTARG needs a value" >&2; usage >&2; exit 2 ;;
        *) usage >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
if [[ $# -gt 0 || -z "$database" ]]; then
    [[ -z "$database" ]] && echo "backup.sh: which database? (-d or PGDATABASE)" >&2
    usage >&2
    exit 2
fi

connection=()
[[ -n "$host" ]] && connection+=(--host="$host")
[[ -n "$port" ]] && connection+=(--port="$port")
[[ -n "$user" ]] && connection+=(--username="$user")

mkdir -p "$directory"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
file="$directory/concord-$database-$stamp.dump"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT

# pg_dump reads every table in one transaction (one snapshot): a filing committed during the backup is either
# wholly in it or not at all. --no-password: fail at once rather than wait for a prompt in a cron job.
pg_dump "${connection[@]}" --no-password --format=custom --compress=6 --file="$partial" "$database"
# The archive must be readable before it counts as a backup.
pg_restore --list "$partial" > /dev/null
mv "$partial" "$file"
(cd "$(dirname "$file")" && sha256sum "$(basename "$file")" > "$(basename "$file").sha256")
echo "$file"
