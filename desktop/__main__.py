"""Command line: `python -m desktop` starts the app; `python -m desktop demo` fills a demo store;
`python -m desktop contact-card` makes contact cards as PDF."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ketenplan", description="Ketenplan desktop client")
    parser.add_argument("--data-dir", type=Path, help="folder of the encrypted store")
    parser.add_argument("--lang", choices=("nl", "en"), help="user interface language")
    parser.add_argument("--self-test", action="store_true",
                        help="open a throwaway encrypted store, check the bundle and exit")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="fill a store with realistic demo clients")
    demo.add_argument("--data-dir", type=Path, required=True, dest="demo_dir")
    demo.add_argument("--clients", type=int, default=200)
    demo.add_argument("--seed", type=int, default=2019)
    from desktop.arrival.cli import add_parser as add_contact_card
    add_contact_card(sub)
    from desktop.monitoring.cli import add_parser as add_monitoring
    add_monitoring(sub)
    return parser


def _passphrase_for_demo() -> str:
    passphrase = os.environ.get("KETENPLAN_PASSPHRASE")
    if passphrase:
        return passphrase
    import getpass
    return getpass.getpass("Passphrase for the demo store: ")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "demo":
        try:
            from desktop.demo import fill_demo_store
        except ModuleNotFoundError as missing:  # Faker comes with the [demo] extra, never in the bundle
            if missing.name != "faker":
                raise
            print("The demo command needs Faker, which this installation leaves out: "
                  "pip install 'ketenplan[demo]' in a source checkout.", file=sys.stderr)
            return 2
        added = fill_demo_store(args.demo_dir, _passphrase_for_demo(), clients=args.clients, seed=args.seed)
        print(f"{args.demo_dir}: added {added['clients']} clients in {added['households']} households, "
              f"{added['organisations']} organisations and {added['workers']} workers; "
              f"{added['handovers']} handovers, {added['intakes']} intakes, {added['plans']} plans, "
              f"{added['visits']} visits "
              f"in {added['seconds']:.1f} s")
        return 0
    if args.command == "contact-card":
        from desktop.arrival.cli import run as contact_card
        return contact_card(args)
    if args.command == "monitoring":
        from desktop.monitoring.cli import passphrase_from_env, run
        return run(args, passphrase_from_env())
    if args.self_test:
        from desktop.selftest import self_test
        return self_test()
    from desktop.app import run_app
    return run_app(data_dir=args.data_dir, lang=args.lang)


if __name__ == "__main__":
    sys.exit(main())
