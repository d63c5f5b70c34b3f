"""The app's screens for shared families: Settings › Team (`team_dialog.TeamDialog`), the strip
above a shared family's contact card with its conflicts and "since you were away"
(`strip.TeamStrip`), the resolve dialog (`resolve_dialog`), and the background sync
(`hookup.attach_team_sync`). Dutch in translations/veldwerk_team_nl.ts.

Nothing is imported here: the session imports only the small `hookup` at start, so the first
window does not wait for the team screens."""
