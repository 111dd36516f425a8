#!/usr/bin/env bash
# Runs the given mocha test files only (the config's spec list would add every test).
exec npx mocha --no-config --require tsx/cjs --extension ts --timeout 600000 "$@"
