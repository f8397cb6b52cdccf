"""The hub's tablet service and pairing, headless.

Hub side:

- ``lbp-desktop serve --db PATH [--bind ADDR] [--port N]``: run the HTTPS tablet service in the
  foreground until Ctrl-C / SIGTERM (prints the address and the certificate fingerprint). Bind
  address and port default to this PC's settings (``lbp_desktop.settings``, what the GUI's
  "Tablets og venteværelse" page saves); it logs to the app's log file.
- ``lbp-desktop pair --db PATH [--hub-url URL] [--minutes N] [--json]``: a one-time pairing code
  with the certificate fingerprint and a QR code (as text); the address in it is the one the GUI
  would show (``lbp_desktop.sync.addresses``) for the configured port.
- ``lbp-desktop handover --db PATH --episode ID [--device DEVICE]`` starts the episode's
  questionnaire for the tablets (what the workspace's "send to the waiting-room tablet" does).
- ``lbp-desktop devices --db PATH [--json]`` lists paired tablets; ``lbp-desktop revoke --db PATH
  DEVICE`` refuses one from its next request on.

Tablet side (for a headless or scripted tablet; the kiosk GUI does the same with buttons):

- ``lbp-desktop tablet pair --hub URL --code CODE --fingerprint FP [--name NAME]``
- ``lbp-desktop tablet status [--json]`` / ``tablet sessions`` / ``tablet flush`` /
  ``tablet unpair``

The database key is found as for every other command (``lbp_desktop.cli.options``).
``LBP_SYNC_DIR`` moves the certificate and the tablet's state (tests, portable installs).
"""

from __future__ import annotations

import argparse

from lbp_desktop.cli.options import db_options, open_store


def add_parser(sub: argparse._SubParsersAction) -> None:
    serve = sub.add_parser("serve", help="run the hub's HTTPS tablet service (foreground)",
                           parents=[db_options()])
    serve.add_argument("--bind", metavar="ADDR",
                       help="address to listen on (default: this PC's setting, else 0.0.0.0: "
                            "every network)")
    serve.add_argument("--port", metavar="N", type=int,
                       help="port (default: this PC's setting, else 8443)")
    serve.add_argument("--cert-dir", metavar="DIR",
                       help="folder of the hub certificate (default: the app's sync folder)")
    serve.set_defaults(run=run_serve)

    pair = sub.add_parser("pair", help="make a one-time code to pair a tablet with this hub",
                          parents=[db_options()])
    pair.add_argument("--hub-url", metavar="URL",
                      help="the address tablets use (default: this PC's network address and "
                           "the configured port, as the GUI shows it)")
    pair.add_argument("--minutes", type=float, default=5.0,
                      help="how long the code works (default 5)")
    pair.add_argument("--cert-dir", metavar="DIR", help=argparse.SUPPRESS)
    pair.add_argument("--json", action="store_true", help="print JSON instead of text")
    pair.add_argument("--no-qr", action="store_true", help="do not draw the QR code")
    pair.set_defaults(run=run_pair)

    devices = sub.add_parser("devices", help="list the tablets paired with this hub",
                             parents=[db_options()])
    devices.add_argument("--json", action="store_true", help="print a JSON array")
    devices.set_defaults(run=run_devices)

    revoke = sub.add_parser("revoke", help="revoke a paired tablet (refused at once)",
                            parents=[db_options()])
    revoke.add_argument("device", metavar="DEVICE", help="device id (or its first characters) "
                        "or name")
    revoke.set_defaults(run=run_revoke)

    handover = sub.add_parser("handover", help="offer an episode's questionnaire to the "
                              "waiting-room tablets", parents=[db_options()])
    handover.add_argument("--episode", metavar="ID", required=True,
                          help="the episode, or a unique prefix of its id (see `lbp-desktop "
                               "episodes --db PATH`)")
    handover.add_argument("--battery", default="ulrus", help="questionnaire (default ulrus)")
    handover.add_argument("--language", choices=["da", "en"], default="da")
    handover.add_argument("--device", metavar="DEVICE",
                          help="offer it to this tablet only (id or name; default: any)")
    handover.set_defaults(run=run_handover)

    tablet = sub.add_parser("tablet", help="this machine as a tablet of a hub: pair, status")
    tsub = tablet.add_subparsers(dest="tablet_command", metavar="ACTION", required=True)
    tpair = tsub.add_parser("pair", help="pair with a hub using its one-time code")
    tpair.add_argument("--hub", metavar="URL", help="https://HOST:PORT of the hub")
    tpair.add_argument("--code", help="the one-time code shown on the hub")
    tpair.add_argument("--fingerprint", metavar="FP",
                       help="the certificate fingerprint shown on the hub (at least 16 hex "
                            "digits)")
    tpair.add_argument("--qr", metavar="TEXT", help="the QR payload instead of the three above")
    tpair.add_argument("--name", default=None, help="a name for this tablet (default: host name)")
    for name, text in (("status", "pairing and outbox state"),
                       ("sessions", "questionnaires waiting on the hub (first names only)"),
                       ("flush", "deliver the outbox now (waits up to --timeout seconds)"),
                       ("unpair", "forget the hub and the device token")):
        action = tsub.add_parser(name, help=text)
        action.add_argument("--json", action="store_true", help="print JSON")
        if name == "flush":
            action.add_argument("--timeout", type=float, default=30.0)
    tablet.set_defaults(run=run_tablet)


def run_serve(args: argparse.Namespace) -> int:
    from pathlib import Path

    from lbp_desktop.errors import UserError
    from lbp_desktop.logfile import setup_logging
    from lbp_desktop.security import keys
    from lbp_desktop.settings import hub_settings
    from lbp_desktop.sync import tls
    from lbp_desktop.sync.addresses import pairing_url
    from lbp_desktop.sync.hub import HubServer

    configured_bind, configured_port = hub_settings()
    bind = args.bind or configured_bind
    port = configured_port if args.port is None else args.port
    if not 0 <= port <= 65535:
        raise UserError(f"--port {port}: not a port number")
    path = Path(args.db)
    open_store(args).close()  # a clear one-line error now if the file or key is wrong
    setup_logging()
    key = None if args.plaintext else keys.find_key(path, key_file=args.key_file)
    hub = HubServer(path, key, bind, port, cert_dir=args.cert_dir, plaintext=args.plaintext)
    shown = "localhost" if bind in ("0.0.0.0", "::") else bind
    hint = f"lbp-desktop pair --db {path}"
    if port not in (0, configured_port):  # pair advertises the configured port by default
        hint += f" --hub-url {pairing_url(bind, port)}"

    def announce() -> None:  # once the database is open and the port bound
        print(f"lbp-desktop tablet service on https://{shown}:{hub.port} (listening on {bind})",
              flush=True)
        print(f"certificate fingerprint (SHA-256): {tls.format_fingerprint(hub.fingerprint)}",
              flush=True)
        print(f"pair a tablet with: {hint}", flush=True)
        print("stop with Ctrl-C", flush=True)

    hub.serve_forever(announce)
    return 0


def run_pair(args: argparse.Namespace) -> int:
    import datetime as dt
    import json

    from lbp_desktop.settings import hub_settings
    from lbp_desktop.sync import tls
    from lbp_desktop.sync.addresses import pairing_url
    from lbp_desktop.sync.hub import start_pairing

    with open_store(args) as store:
        info = start_pairing(store, cert_dir=args.cert_dir,
                             hub_url=args.hub_url or pairing_url(*hub_settings()),
                             ttl_seconds=max(0.1, args.minutes) * 60)
    expires = dt.datetime.fromtimestamp(info.expires_at).strftime("%H:%M:%S")
    if args.json:
        print(json.dumps({"code": info.code, "expires_at": info.expires_at,
                          "fingerprint": info.fingerprint, "hub_url": info.hub_url,
                          "qr_payload": info.qr_payload}))
        return 0
    print(f"Pairing code: {info.code[:4]} {info.code[4:]}  (works once, until {expires})")
    print(f"Hub address: {info.hub_url}")
    print(f"Certificate fingerprint (SHA-256): {tls.format_fingerprint(info.fingerprint)}")
    print(f"  (the tablet needs at least: {info.fingerprint[:16]})")
    print(f"QR payload: {info.qr_payload}")
    if not args.no_qr:
        print(info.qr_text())
    return 0


def run_devices(args: argparse.Namespace) -> int:
    import json

    from lbp_desktop.storage import devices

    with open_store(args) as store:
        found = devices.devices(store)
    if args.json:
        print(json.dumps([{"id": d.id, "name": d.name, "paired_at": d.paired_at,
                           "last_seen_at": d.last_seen_at, "revoked_at": d.revoked_at}
                          for d in found], indent=2))
        return 0
    if not found:
        print("no tablets paired (pair one with `lbp-desktop pair --db PATH`)")
    for d in found:
        state = f"revoked {d.revoked_at[:16]}" if d.revoked_at else "active"
        seen = (d.last_seen_at or "never")[:16]
        print(f"{d.id}  {d.name:<20}  paired {(d.paired_at or '')[:16]}  last seen {seen}  "
              f"{state}")
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    from lbp_desktop.storage import devices

    with open_store(args) as store:
        device = devices.find_device(store, args.device)
        devices.revoke(store, device.id)
    print(f"revoked {device.name} ({device.id}); it is refused from its next request on")
    return 0


def run_handover(args: argparse.Namespace) -> int:
    from lbp_desktop.storage import devices
    from lbp_desktop.sync.hub import SESSION_DEVICE_PREFIX

    with open_store(args) as store:
        device = "tablet"
        if args.device:
            device = SESSION_DEVICE_PREFIX + devices.find_device(store, args.device).id
        response = store.start_response(store.resolve_episode(args.episode), args.battery,
                                        language=args.language, device=device)
    print(f"session {response.id} ({response.battery_id}) is waiting for the tablet")
    return 0


def run_tablet(args: argparse.Namespace) -> int:
    import json
    import socket

    from lbp_desktop.errors import UserError
    from lbp_desktop.sync.client import TabletClient

    client = TabletClient()
    action = args.tablet_command
    try:
        if action == "pair":
            hub, code, fingerprint = args.hub, args.code, args.fingerprint
            if args.qr:
                from lbp_desktop.sync.hub import parse_qr_payload

                try:
                    fields = parse_qr_payload(args.qr)
                except ValueError as exc:
                    raise UserError(str(exc)) from None
                hub = hub or fields.get("hub")
                code = code or fields.get("code")
                fingerprint = fingerprint or fields.get("fp")
            if not (hub and code and fingerprint):
                raise UserError("give --hub, --code and --fingerprint (or --qr)")
            device_id = client.pair(hub, code, fingerprint,
                                    name=args.name or socket.gethostname() or "tablet")
            print(f"paired with {hub} as device {device_id}")
            return 0
        if action == "unpair":
            client.unpair()
            print("this tablet no longer knows any hub")
            return 0
        if action == "sessions":
            sessions = client.sessions()
            if args.json:
                print(json.dumps([s.__dict__ for s in sessions], indent=2))
            for s in [] if args.json else sessions:
                print(f"{s.id}  {s.first_name:<15} {s.battery} ({s.language})")
            return 0
        if action == "flush":
            client.start()
            ok = client.flush(args.timeout)
            left = client.outbox.count()
            print("outbox empty" if ok else f"{left} entries still waiting ({client.status}: "
                  f"{client.last_error})")
            return 0 if ok else 1
        status = {"paired": client.paired, "hub_url": client.hub_url,
                  "fingerprint": client.fingerprint, "device_id": client.device_id,
                  "outbox": client.outbox.count() if client.paired else 0}
        if args.json:
            print(json.dumps(status, indent=2))
        else:
            for name, value in status.items():
                print(f"{name}: {value}")
        return 0
    finally:
        client.close()

