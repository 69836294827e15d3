#!/usr/bin/env bash
# Regenerates the one Initial migration per provider after a model change (ADR 0002: until the first
# production release the schema is squashed, not appended to). The Quartz job store has no EF model, so
# its hand step is put back into each Initial here rather than by hand.
set -euo pipefail
cd "$(dirname "$0")/../../host/PrepaidPlatform.Host"
dotnet tool restore >/dev/null
rm -rf Migrations/Sqlite Migrations/MySql
dotnet ef migrations add Initial --context SqlitePlatformDbContext --output-dir Migrations/Sqlite
dotnet ef migrations add Initial --context MySqlPlatformDbContext --output-dir Migrations/MySql --no-build
for provider in Sqlite MySql; do
  file=$(ls Migrations/$provider/*_Initial.cs | grep -v Designer)
  python3 - "$file" "$provider" <<'PY'
import re, sys
path, provider = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
up_end = text.index("        /// <inheritdoc />\n        protected override void Down")
up_close = text.rindex("        }\n", 0, up_end)
text = (text[:up_close]
        + "\n            // Hand-written: the job store has no EF model (see QuartzStoreSchema).\n"
        + f'            QuartzStoreSchema.Create(migrationBuilder, "{provider}");\n'
        + text[up_close:])
down = "protected override void Down(MigrationBuilder migrationBuilder)\n        {\n"
text = text.replace(down, down + "            QuartzStoreSchema.Drop(migrationBuilder);\n\n", 1)
text = text.replace("using Microsoft.EntityFrameworkCore.Migrations;\n",
    "using Microsoft.EntityFrameworkCore.Migrations;\nusing PrepaidPlatform.Host.Migrations.Scripts;\n", 1)
open(path, "w", encoding="utf-8").write(text)
PY
done
echo "Initial regenerated for Sqlite and MySql."
