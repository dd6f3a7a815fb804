package conformance_test

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// knownFailuresFile lists "host/program" pairs that do not match their recording yet. It is a
// ratchet: a listed program that fails is logged, an unlisted one that fails is an error, and a
// listed one that now passes is an error too (remove it from the list), so the list only shrinks.
const knownFailuresFile = "known-failures.txt"

type knownFailures map[string]bool

func loadKnownFailures(t *testing.T) knownFailures {
	return loadKnownFailuresFrom(t, knownFailuresFile)
}

func loadKnownFailuresFrom(t *testing.T, file string) knownFailures {
	f, err := os.Open(file)
	if os.IsNotExist(err) {
		return knownFailures{}
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	k := knownFailures{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line != "" {
			k[line] = true
		}
	}
	return k
}

func (k knownFailures) has(host, name string) bool { return k[host+"/"+name] }

func (k knownFailures) check(t *testing.T, host, name string, passed bool) {
	if passed && k.has(host, name) {
		t.Errorf("%s/%s now matches its recording: remove it from %s", host, name, knownFailuresFile)
	}
}
