#!/usr/bin/env bash
# Restores a folder made by backup.sh: replaces the configured database's tables and the uploaded files with the
# backup's. Stop every platform instance first (systemctl stop 'prepaid@*'); start them after, they migrate on start
# if the backup is from an older version. Files uploaded after the backup are removed with the rest.
#   sudo -u prepaid /opt/prepaid/deploy/restore.sh /var/backups/prepaid/20261207T020000Z [--yes]
set -euo pipefail
. "$(dirname "$0")/host-command.sh"
folder=${1:?用法：restore.sh <备份目录> [--yes]}
if [ "${2:-}" != "--yes" ]; then
  [ -t 0 ] || { echo "非交互运行须加 --yes 确认覆盖当前数据。" >&2; exit 2; }
  read -r -p "将用 $folder 覆盖当前数据库和上传文件，所有平台实例须已停止。继续？[y/N] " answer
  [ "$answer" = y ] || [ "$answer" = Y ] || exit 1
fi
host_command restore "$folder"
