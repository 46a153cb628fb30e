# The two commands users run: `make demo` and `make test`. Both set up what is missing first.
PORT ?= 8080

.PHONY: demo test dist setup setup-test clean

demo: dist
	node scripts/serve.mjs --root dist --port $(PORT)

test: setup-test
	scripts/test.sh

dist: setup
	scripts/build.sh

setup:
	scripts/setup.sh

setup-test:
	scripts/setup.sh --test

clean:
	rm -rf dist target/playwright target/test-logs
