#!/usr/bin/env bash
# R-OPS.2: restores a backup of ops/backup.sh into a fresh database (issue 25). See docs/operations.md,
# "Backups and the restore drill".
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: ops/restore.sh [-h HOST] [-p PORT] [-U USER] [-f] [-n] FILE DATABASE

Restores FILE (a dump of ops/backup.sh) into DATABASE, created for it: the dump's checksum is checked first (FILE.sha256,
if it is there), the restore is one transaction (all or nothing), and the planner's statistics are gathered after.
A DATABASE that exists and holds tables is refused, unless -f: then it is dropped and created again (its connections
are ended). Then prints what to check before Concord serves from it.

  -f  force: replace a database that is not empty
  -n  no owners and no grants from the dump (restoring on a server without Concord's roles): everything belongs to
      USER; grant the application's role again as docs/operations.md says (the audit trail's grants)

The connection comes from the usual PG* environment variables (PGHOST, PGPORT, PGUSER; the password from PGPASSWORD
or ~/.pgpass); the options override them. USER must be allowed to create databases.
USAGE
}

host="${PGHOST:-}"
port="${PGPORT:-}"
user="${PGUSER:-}"
force=false
ownerless=false
while getopts ":h:p:U:fn" option; do
    case "$option" in
        h) host="$OPTARG" ;;
        p) port="$OPTARG" ;;
        U) user="$OPTARG" ;;
        f) force=true ;;
        n) ownerless=true ;;
        :) echo "restore.sh: -$OPTARG needs a value" >&2; usage >&2; exit 2 ;;
        *) usage >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
if [[ $# -ne 2 ]]; then
    usage >&2
    exit 2
fi
file="$1"
target="$2"

connection=(--no-password)
[[ -n "$host" ]] && connection+=(--host="$host")
[[ -n "$port" ]] && connection+=(--port="$port")
[[ -n "$user" ]] && connection+=(--username="$user")

if [[ ! -r "$file" ]]; then
    echo "restore.sh: cannot read $file" >&2
    exit 2
fi
if [[ -r "$file.sha256" ]]; then
    (cd "$(dirname "$file")" && sha256sum --check --quiet "$(basename "$file").sha256") || {
        echo "restore.sh: $file does not match its checksum: not restored" >&2
        exit 4
    }
else
    echo "restore.sh: no $file.sha256 beside the dump: its checksum is not checked" >&2
fi
pg_restore --list "$file" > /dev/null

# psql's variables quote the name: any database name is safe here.
sql() {
    local database="$1"
    shift
    psql "${connection[@]}" --dbname="$database" --no-psqlrc --quiet --tuples-only --no-align \
        --set=ON_ERROR_STOP=1 "$@"
}

exists="$(sql postgres --set=target="$target" <<< "select count(*) from pg_database where datname = :'target';")"
if [[ "$exists" == 1 ]]; then
    relations="$(sql "$target" -c "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%'
        and n.nspname not like 'pg\_temp%';")"
    if [[ "$relations" != 0 ]]; then
        if [[ "$force" != true ]]; then
            echo "restore.sh: database $target exists and holds $relations relations: not overwritten (-f replaces it)" >&2
            exit 3
        fi
        echo "restore.sh: replacing database $target (-f)" >&2
        dropdb "${connection[@]}" --maintenance-db=postgres --force "$target"
        exists=0
    fi
fi
if [[ "$exists" != 1 ]]; then
    createdb "${connection[@]}" --maintenance-db=postgres --template=template0 "$target"
fi

options=(--exit-on-error --single-transaction)
[[ "$ownerless" == true ]] && options+=(--no-owner --no-privileges)
pg_restore "${connection[@]}" "${options[@]}" --dbname="$target" "$file"
# pg_restore does not carry the planner's statistics: gather them before Concord serves from here.
sql "$target" -c "analyze;"

echo "Restored $file into database $target."
sql "$target" --field-separator=' ' <<'SQL'
select 'schema version (Flyway):', version from flyway_schema_history where success and version is not null
    order by installed_rank desc limit 1;
select 'procedures:', count(*) from procedure;
select 'mediations:', count(*) from mediation;
select 'audit entries:', count(*) from audit_entry;
select 'documents:', count(*) from document;
select 'statistics releases:', count(*) from statistics_release;
SQL
cat <<CHECK

Before Concord serves from $target, check:
  1. Concord starts on it (CONCORD_DB_URL=jdbc:postgresql://HOST:PORT/$target): Flyway validates the schema, and
     GET /health/ready answers 200.
  2. The counts above against the source's (the same query there, or the last known figures).
  3. As an administrator: every Procedure's GET /api/v1/procedures/{id}/audit and every mediation's
     GET /api/v1/mediations/{id}/audit says "intact": true.
  4. As staff: GET /api/v1/statistics/ledgers says "intact": true for every year.
CHECK
if [[ "$ownerless" == true ]]; then
    echo "  5. Owners and grants were not restored (-n): grant Concord's role again (docs/operations.md, the audit trail)."
fi
