"""One module per `detector` subcommand; each exposes `register(subparsers)`."""
