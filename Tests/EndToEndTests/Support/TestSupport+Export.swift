// The helpers every test target shares (report builders, binaries, launchers, workspaces).
@_exported import TestSupport
