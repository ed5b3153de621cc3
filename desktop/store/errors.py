"""What can go wrong opening or using the store, as exceptions the views can name plainly."""


class StoreError(Exception):
    pass


class StoreNotFound(StoreError):
    """No store in this folder yet: the first start."""


class StoreExists(StoreError):
    """A store is already here; creating another would destroy it."""


class WrongPassphrase(StoreError):
    """The passphrase does not unwrap the key. Nothing was changed."""


class StoreLocked(StoreError):
    """The store is locked; unlock before reading or writing."""


class KeyringUnavailable(StoreError):
    """This device has no usable OS keyring (for example a headless Linux box)."""


class RecordNotFound(StoreError):
    pass
