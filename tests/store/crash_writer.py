"""Run as a separate process: writes clients in a loop, printing each id once committed."""

import sys
from pathlib import Path

from desktop.store import Store

data_dir, passphrase = Path(sys.argv[1]), sys.argv[2]
store = Store.unlock(data_dir, passphrase)
i = 0
while True:
    client_id = store.clients.create({"given_names": f"Naam{i}", "family_name": "Crash",
                                      "notes": "x" * 2000})
    print(client_id, flush=True)
    i += 1
