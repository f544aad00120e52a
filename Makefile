# The single entry point: make demo, make test. Everything else follows from these.
PLUGIN      := carbon_clusters_plugin
SYSTEM_PY   := /usr/bin/python3
VENV        := .venv
PY          := $(VENV)/bin/python
BUILD_DIR   := build/plugins/$(PLUGIN)
ZIP         := dist/$(PLUGIN).zip
QGIS_PROCESS := $(CURDIR)/scripts/qgis_process
DEMO_DIR    := out/demo
# A QGIS profile of our own, so that demo and tests never touch the user's settings.
QGIS_CONFIG := $(CURDIR)/build/qgis-profile
RUNTIME_RESOURCES := icons sample cities presets scenarios styles layouts i18n models

export QT_QPA_PLATFORM ?= offscreen

.PHONY: deps build package deploy test test-fast lint demo bench clean translations translations-update matrix matrix-roots

deps: $(VENV)/.deps-done

# Python packages: requirements.txt's ranges, resolved against what the system Python has
# and the versions tested on this Debian release (scripts/python_constraints.py).
$(VENV)/.deps-done: requirements.txt $(wildcard constraints/*.txt) scripts/install_system_packages.sh scripts/python_constraints.py
	bash scripts/install_system_packages.sh
	test -x $(PY) || $(SYSTEM_PY) -m venv --system-site-packages $(VENV)
	$(SYSTEM_PY) scripts/python_constraints.py > $(VENV)/constraints.txt
	$(PY) -m pip install -q --disable-pip-version-check -c $(VENV)/constraints.txt -r requirements.txt
	touch $@

build: deps translations
	rm -rf $(BUILD_DIR)
	mkdir -p $(BUILD_DIR)/resources
	cp -r $(PLUGIN)/. $(BUILD_DIR)/
	find $(BUILD_DIR) -name __pycache__ -prune -exec rm -rf {} +
	cp metadata.txt LICENSE $(BUILD_DIR)/
	for d in $(RUNTIME_RESOURCES); do \
	  if [ -d resources/$$d ]; then cp -r resources/$$d $(BUILD_DIR)/resources/; fi; done
	# Not runtime files: translation sources (the .qm is built from them) and statistics
	# caches that GDAL or QGIS may have left beside the sample rasters.
	find $(BUILD_DIR) \( -name '*.ts' -o -name '*.aux.xml' \) -delete

package: build
	mkdir -p dist
	rm -f $(ZIP)
	cd build/plugins && zip -qr $(CURDIR)/$(ZIP) $(PLUGIN)
	@echo "Wrote $(ZIP)"

# Copies the built plugin into a QGIS profile (default: the user's default profile).
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
deploy: build
	mkdir -p $(QGIS_PROFILE_DIR)/python/plugins
	rm -rf $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)
	cp -r $(BUILD_DIR) $(QGIS_PROFILE_DIR)/python/plugins/
	@echo "Deployed to $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN); enable it in Plugins ▸ Manage."

test: package lint
	$(PY) -m pytest tests

# ruff, the layers (scripts/check_layers.py: no qgis in analysis/ and charts/, no ui/ in
# processing/), and flake8-qgis's QGIS and Qt 6 rules (QGS105, "import iface instead of passing it",
# is left out: the plugin passes iface in, so that tests can give their own).
lint: deps
	$(PY) -m ruff check $(PLUGIN) tests scripts
	$(PY) -m flake8 --select=QGS1,QGS4 --extend-ignore=QGS105 $(PLUGIN) tests scripts
	$(PY) scripts/check_layers.py

# The QGIS version matrix: make test and make demo from a clean clone in cached Debian roots,
# trixie (QGIS 3.40 LTR) and forky (QGIS 3.44); the host's own QGIS is the plain make test.
# Needs root (debootstrap, chroot); the roots live outside the repository.
matrix:
	bash scripts/matrix.sh

matrix-roots:
	bash scripts/matrix.sh --build-only

test-fast: deps
	$(PY) -m pytest tests -m "not qgis_process"

demo: build
	QGIS_CUSTOM_CONFIG_PATH=$(QGIS_CONFIG) QGIS_PLUGINPATH=$(CURDIR)/build/plugins \
	  QGIS_PROCESS=$(QGIS_PROCESS) $(PY) scripts/demo.py $(DEMO_DIR)

# Land-cover benchmark against GDAL reads, GRASS r.stats and native:zonalhistogram, the
# land-cover series against the landtransition runs it replaces, and qgis_process start-up
# cold and warm (minutes).
bench: build
	bash scripts/install_system_packages.sh grass-core
	$(PY) scripts/bench_landcover.py --size 10000 --size 20000
	$(PY) scripts/bench_series.py --size 10000
	$(PY) scripts/bench_startup.py
	$(PY) scripts/bench_gridtozones.py
	$(PY) scripts/bench_moran.py

# Compiled translations (resources/i18n/*.qm, not committed), from the .ts files.
LRELEASE ?= $(firstword $(wildcard /usr/lib/qt5/bin/lrelease) lrelease)
PYLUPDATE ?= pylupdate5
TS_FILES := $(wildcard resources/i18n/*.ts)
translations: $(TS_FILES:.ts=.qm)

resources/i18n/%.qm: resources/i18n/%.ts | $(VENV)/.deps-done
	$(LRELEASE) -silent $< -qm $@

# Refreshes the .ts from every .py of the plugin, keeping existing translations; new texts
# come in unfinished: translate them (Qt Linguist or an editor), then make translations.
translations-update: | $(VENV)/.deps-done
	$(SYSTEM_PY) scripts/update_translations.py --pylupdate $(PYLUPDATE)

clean:
	rm -rf build dist out $(VENV)
