# Convenience targets; the scripts work without make (a fresh Debian has no make).
.PHONY: run test translations bench
run:
	scripts/run.sh
test:
	scripts/test.sh
translations:
	.venv/bin/python -m jewelpos.ui.i18n --update
bench:
	.venv/bin/jewelpos bench
