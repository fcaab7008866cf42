#!/usr/bin/env node
// The CLI runs the committed bundle, so an installed msdeploy needs no build step.
import '../dist/cli/index.js';
