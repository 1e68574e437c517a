"""`NoDelayHTTPProtocol` sets TCP_NODELAY on sockets uvicorn's multiprocess mode leaves without."""

from __future__ import annotations

import socket
from typing import Any

from uvicorn.config import Config
from uvicorn.server import ServerState

from detector.api import NoDelayHTTPProtocol


class _Transport:
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        info = {
            "socket": self.sock,
            "peername": self.sock.getpeername(),
            "sockname": self.sock.getsockname(),
        }
        return info.get(name, default)

    def is_closing(self) -> bool:
        return False

    def set_protocol(self, protocol: Any) -> None:
        pass


def test_connection_gets_tcp_nodelay() -> None:
    # A listening socket made like uvicorn's workers get it: family and type, protocol 0.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        with socket.create_connection(listener.getsockname()) as client:
            accepted, _ = listener.accept()
            with accepted:
                assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 0
                config = Config(app=lambda *a: None, log_level="warning")
                config.load()
                protocol = NoDelayHTTPProtocol(
                    config=config, server_state=ServerState(), app_state={}
                )
                protocol.connection_made(_Transport(accepted))
                assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
                assert client.fileno() >= 0
