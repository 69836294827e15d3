#!/usr/bin/env bash
# Runs a command of the published host (backup, restore, audit verify) with the service's settings, so that it reads the
# same database, data folder and Storage:Root as the running platform. Sourced by backup.sh and restore.sh.
#   PREPAID_HOST_DIR  the published host: PrepaidPlatform.Host.dll and its appsettings*.json (default /opt/prepaid)
#   PREPAID_ENV_FILE  the service's environment file, KEY=value lines as systemd's EnvironmentFile= reads them
#                     (default /etc/prepaid/prepaid.env; skipped when absent). Variables already set win over it.
host_dir=${PREPAID_HOST_DIR:-/opt/prepaid}
env_file=${PREPAID_ENV_FILE:-/etc/prepaid/prepaid.env}

if [ -f "$env_file" ]; then
  # Read line by line, not sourced: connection strings hold ';' and must not reach the shell.
  while IFS= read -r line || [ -n "$line" ]; do
    [[ $line =~ ^[[:space:]]*([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]] || continue
    name=${BASH_REMATCH[1]} value=${BASH_REMATCH[2]}
    [[ $value =~ ^\"(.*)\"$ ]] && value=${BASH_REMATCH[1]}
    [ -n "${!name+set}" ] || export "$name=$value"
  done <"$env_file"
fi
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production}

host_command() {
  [ -f "$host_dir/PrepaidPlatform.Host.dll" ] || { echo "找不到 $host_dir/PrepaidPlatform.Host.dll：请设置 PREPAID_HOST_DIR。" >&2; return 2; }
  # The content root is the working directory: relative DataFolder and Storage:Root resolve as for the service.
  (cd "$host_dir" && dotnet PrepaidPlatform.Host.dll "$@")
}
