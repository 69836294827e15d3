#!/usr/bin/env bash
# Backs up the platform into a new folder: the database (SQLite by its online backup API; MariaDB by
# mariadb-dump --single-transaction, which needs the mariadb-client package) and the uploaded files. Safe while the
# platform runs. Run as the service account, e.g. from a daily timer or cron:
#   sudo -u prepaid /opt/prepaid/deploy/backup.sh                      # → /var/backups/prepaid/<UTC time>
#   sudo -u prepaid /opt/prepaid/deploy/backup.sh /mnt/backup/prepaid-1
# The personal-data keys (Security:PersonalDataKey, Security:PersonalDataHashKey) and the Data Protection certificate
# are not in the backup: keep them with the secrets; a backup cannot be read without them.
set -euo pipefail
. "$(dirname "$0")/host-command.sh"
folder=${1:-${PREPAID_BACKUP_ROOT:-/var/backups/prepaid}/$(date -u +%Y%m%dT%H%M%SZ)}
umask 077
host_command backup "$folder"
