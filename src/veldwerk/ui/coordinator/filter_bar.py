"""The coordinator window's filter bar: the region, the period in which support started, the
threshold below which numbers are hidden (never below `suppress.MIN_THRESHOLD`), and the buttons
that save the report and the CSV files. `changed` fires whenever the selection or the threshold
changes; the window then asks `coordinator.overview` for the protected numbers of the new
selection (a filtered view is protected exactly like the full report)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from veldwerk.coordinator.overview import Selection
from veldwerk.coordinator.suppress import MIN_THRESHOLD, checked_threshold


def fill_combo(combo: QComboBox, first: str, items: Sequence[tuple[str, str]]) -> None:
    """`first` (meaning all, with data "") and then `items` (data, text), keeping what was
    chosen when it is still there; without signals."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(first, "")
    for data, text in items:
        combo.addItem(text, data)
    at = combo.findData(chosen) if chosen else 0
    combo.setCurrentIndex(max(at, 0))
    combo.blockSignals(False)


class FilterBar(QWidget):
    """See the module's text."""

    changed = Signal()

    def __init__(self, threshold: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        checked_threshold(threshold)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.region_label = QLabel()
        self.region_combo = QComboBox()
        self.from_label = QLabel()
        self.from_combo = QComboBox()
        self.to_label = QLabel()
        self.to_combo = QComboBox()
        self.threshold_label = QLabel()
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setRange(MIN_THRESHOLD, 99)
        self.threshold_spin.setValue(threshold)
        for combo in (self.region_combo, self.from_combo, self.to_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for label, widget in (
            (self.region_label, self.region_combo),
            (self.from_label, self.from_combo),
            (self.to_label, self.to_combo),
            (self.threshold_label, self.threshold_spin),
        ):
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.save_button = QPushButton()
        self.csv_button = QPushButton()
        layout.addWidget(self.save_button)
        layout.addWidget(self.csv_button)
        for combo in (self.region_combo, self.from_combo, self.to_combo):
            combo.currentIndexChanged.connect(self.changed)
        self.threshold_spin.valueChanged.connect(self.changed)
        self._regions: list[str] = []
        self._quarters: list[str] = []

    def retranslate(self) -> None:
        self.region_label.setText(self.tr("Region"))
        self.from_label.setText(self.tr("Started from"))
        self.to_label.setText(self.tr("to"))
        self.threshold_label.setText(self.tr("Hide numbers below"))
        self.threshold_spin.setToolTip(
            self.tr("At least %1: smaller numbers could point at a single family.").replace(
                "%1", str(MIN_THRESHOLD)
            )
        )
        self.save_button.setText(self.tr("Save report…"))
        self.csv_button.setText(self.tr("Save CSV files…"))
        self.fill(self._regions, self._quarters)

    def fill(self, regions: Sequence[str], quarters: Sequence[str]) -> None:
        """The regions and quarters to choose from, keeping what was chosen."""
        self._regions, self._quarters = list(regions), list(quarters)
        fill_combo(self.region_combo, self.tr("All regions"), [(r, r) for r in regions])
        fill_combo(self.from_combo, self.tr("the start"), [(q, q) for q in quarters])
        fill_combo(self.to_combo, self.tr("now"), [(q, q) for q in quarters])

    @property
    def threshold(self) -> int:
        return self.threshold_spin.value()

    def selection(self) -> Selection:
        return Selection(
            region=self.region_combo.currentData() or None,
            first_quarter=self.from_combo.currentData() or None,
            last_quarter=self.to_combo.currentData() or None,
        )

    def set_running(self, running: bool) -> None:
        self.save_button.setEnabled(not running)
        self.csv_button.setEnabled(not running)
