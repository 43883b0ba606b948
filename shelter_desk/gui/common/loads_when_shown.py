"""Pages whose content is computed off the GUI thread (statistics, the network report):
computed when first shown, again when shown after a change, at once if she is looking."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent


class LoadsWhenShown:
    """Mix in before QWidget; the page defines `_load`, which starts the work and sets
    `_stale = False` and `_loading` to what is being computed, back to None when done."""

    _stale = True
    _loading: object = None

    @property
    def loading(self) -> bool:
        return self._loading is not None

    def refresh(self) -> None:
        """Recompute now if she is looking at it, else the next time it is shown."""
        self._stale = True
        if self.isVisible():  # type: ignore[attr-defined]
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._load()
        super().showEvent(event)  # type: ignore[misc]

    def _load(self) -> None:
        raise NotImplementedError
