#!/usr/bin/env bash
# The scheduled watch (.github/workflows/watch.yml): keeps one open issue, titled $TITLE and
# labelled $LABEL, with the latest reports of npm run check:links and npm run check:freshness.
# Opens it when something is found, rewrites its body (and comments) on each run that still
# finds something, closes it with a comment when everything is fine again.
# Usage: watch-issue.sh LINKS_REPORT FRESHNESS_REPORT, with LINKS_EXIT, FRESHNESS_EXIT, RUN_URL,
# TITLE, LABEL in the environment and gh logged in (GH_TOKEN, GH_REPO).
set -euo pipefail
links_report="$1"
freshness_report="$2"

# Something to act on: a check failed, a link redirects, or a freshness warning.
found=false
if [ "$LINKS_EXIT" != 0 ] || [ "$FRESHNESS_EXIT" != 0 ] || grep -q '^Redirected to' "$links_report" || grep -q '^Warning:' "$freshness_report"; then
  found=true
fi

body="$(mktemp)"
{
  echo "The weekly watch ($RUN_URL) found what follows. Fix each entry in the file it names, then run the workflow again (Actions, \"Watch links and sources\", Run workflow): this issue closes itself once both checks are clean."
  echo
  echo "## Links (npm run check:links, exit $LINKS_EXIT)"
  echo
  echo '```text'
  head -c 30000 "$links_report"
  echo '```'
  echo
  echo "## Sources (npm run check:freshness, exit $FRESHNESS_EXIT)"
  echo
  echo '```text'
  head -c 30000 "$freshness_report"
  echo '```'
} > "$body"

number="$(gh issue list --label "$LABEL" --state open --json number --jq '.[0].number // empty')"
if [ "$found" = true ]; then
  if [ -z "$number" ]; then
    gh label create "$LABEL" --color FBCA04 --description "Found by the weekly link and freshness watch" --force
    gh issue create --title "$TITLE" --label "$LABEL" --body-file "$body"
  else
    gh issue edit "$number" --body-file "$body"
    gh issue comment "$number" --body "Still found on $(date -u +%F): $RUN_URL (the description holds the latest reports)."
  fi
elif [ -n "$number" ]; then
  gh issue comment "$number" --body "All links fine and every page's sources fresh on $(date -u +%F): $RUN_URL. Closing."
  gh issue close "$number"
fi
rm -f "$body"
