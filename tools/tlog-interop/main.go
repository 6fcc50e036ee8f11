// Command tlog-interop checks a fixture exported by interop.int.spec.ts with Go's own
// implementations of the formats we claim (golang.org/x/mod/sumdb/note and sumdb/tlog): the
// checkpoint signatures, the tree roots, every inclusion and consistency proof (checked, and
// compared byte for byte with the proofs Go generates itself) and the tiles. It prints one line
// per check and exits 1 at the first disagreement.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

type fixture struct {
	VerifierKey string   `json:"verifierKey"`
	Origin      string   `json:"origin"`
	Checkpoint  string   `json:"checkpoint"`
	Earlier     string   `json:"earlierCheckpoint"`
	ChainHashes []string `json:"chainHashes"`
	Leaves      []struct {
		Index int64    `json:"index"`
		Proof []string `json:"proof"`
	} `json:"leaves"`
	Consistency []string `json:"consistency"`
	// Our root of the empty tree (size 0): RFC 6962 says SHA-256 of the empty string.
	EmptyRoot string `json:"emptyRoot"`
	Tiles     []struct {
		Path string `json:"path"`
		Data string `json:"data"`
	} `json:"tiles"`
}

type checkpoint struct {
	size int64
	root tlog.Hash
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "MISMATCH: "+format+"\n", args...)
	os.Exit(1)
}

func decodeHash(text string) tlog.Hash {
	raw, err := base64.StdEncoding.DecodeString(text)
	if err != nil || len(raw) != tlog.HashSize {
		fail("%q is not a base64 SHA-256 hash", text)
	}
	var h tlog.Hash
	copy(h[:], raw)
	return h
}

func hashes(texts []string) tlog.TreeProof {
	out := make(tlog.TreeProof, len(texts))
	for i, t := range texts {
		out[i] = decodeHash(t)
	}
	return out
}

// open verifies the signed note with sumdb/note and parses the C2SP checkpoint body.
func open(name, signed string, verifiers note.Verifiers, origin string) checkpoint {
	n, err := note.Open([]byte(signed), verifiers)
	if err != nil {
		fail("%s: note.Open: %v", name, err)
	}
	lines := strings.SplitN(n.Text, "\n", 4)
	if len(lines) < 4 || lines[0] != origin {
		fail("%s: origin line %q, want %q", name, lines[0], origin)
	}
	size, err := strconv.ParseInt(lines[1], 10, 64)
	if err != nil {
		fail("%s: size line %q", name, lines[1])
	}
	fmt.Printf("ok signature: %s of size %d verifies with %s\n", name, size, n.Sigs[0].Name)
	return checkpoint{size: size, root: decodeHash(lines[2])}
}

func main() {
	raw, err := os.ReadFile(os.Args[1])
	if err != nil {
		fail("read fixture: %v", err)
	}
	var f fixture
	if err := json.Unmarshal(raw, &f); err != nil {
		fail("parse fixture: %v", err)
	}
	verifier, err := note.NewVerifier(f.VerifierKey)
	if err != nil {
		fail("note.NewVerifier(%q): %v", f.VerifierKey, err)
	}
	verifiers := note.VerifierList(verifier)
	latest := open("checkpoint", f.Checkpoint, verifiers, f.Origin)
	earlier := open("earlier checkpoint", f.Earlier, verifiers, f.Origin)

	// Go's own tree, built from the leaf data (the raw chain hashes) with tlog.StoredHashes.
	var stored []tlog.Hash
	reader := tlog.HashReaderFunc(func(indexes []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(indexes))
		for i, x := range indexes {
			if x >= int64(len(stored)) {
				return nil, fmt.Errorf("stored hash %d not computed", x)
			}
			out[i] = stored[x]
		}
		return out, nil
	})
	for i, h := range f.ChainHashes {
		data, err := hex.DecodeString(h)
		if err != nil || len(data) != 32 {
			fail("chain hash %d is not 64 hex characters", i)
		}
		more, err := tlog.StoredHashes(int64(i), data, reader)
		if err != nil {
			fail("StoredHashes(%d): %v", i, err)
		}
		stored = append(stored, more...)
	}
	for _, c := range []struct {
		name string
		cp   checkpoint
	}{{"checkpoint", latest}, {"earlier checkpoint", earlier}} {
		root, err := tlog.TreeHash(c.cp.size, reader)
		if err != nil || root != c.cp.root {
			fail("%s root %s, Go computes %s (%v)", c.name, c.cp.root, root, err)
		}
	}
	fmt.Printf("ok roots: Go's tree of the %d leaves has the signed roots of sizes %d and %d\n", len(f.ChainHashes), earlier.size, latest.size)
	if f.EmptyRoot != "" {
		empty, err := tlog.TreeHash(0, reader)
		if err != nil || empty != decodeHash(f.EmptyRoot) {
			fail("empty tree root %s, Go computes %s (%v)", f.EmptyRoot, empty, err)
		}
		fmt.Printf("ok empty tree: size 0 has root %s in both\n", empty)
	}

	for _, leaf := range f.Leaves {
		data, _ := hex.DecodeString(f.ChainHashes[leaf.Index])
		proof := tlog.RecordProof(hashes(leaf.Proof))
		if err := tlog.CheckRecord(proof, latest.size, latest.root, leaf.Index, tlog.RecordHash(data)); err != nil {
			fail("inclusion proof of leaf %d in %d: %v", leaf.Index, latest.size, err)
		}
		own, err := tlog.ProveRecord(latest.size, leaf.Index, reader)
		if err != nil || len(own) != len(proof) {
			fail("inclusion proof of leaf %d: Go's has %d hashes, ours %d (%v)", leaf.Index, len(own), len(proof), err)
		}
		for i := range own {
			if own[i] != proof[i] {
				fail("inclusion proof of leaf %d differs from Go's at hash %d", leaf.Index, i)
			}
		}
	}
	fmt.Printf("ok inclusion: %d proofs verify with tlog.CheckRecord and equal tlog.ProveRecord\n", len(f.Leaves))

	consistency := hashes(f.Consistency)
	if err := tlog.CheckTree(consistency, latest.size, latest.root, earlier.size, earlier.root); err != nil {
		fail("consistency proof %d -> %d: %v", earlier.size, latest.size, err)
	}
	own, err := tlog.ProveTree(latest.size, earlier.size, reader)
	if err != nil || len(own) != len(consistency) {
		fail("consistency proof: Go's has %d hashes, ours %d (%v)", len(own), len(consistency), err)
	}
	for i := range own {
		if own[i] != consistency[i] {
			fail("consistency proof differs from Go's at hash %d", i)
		}
	}
	fmt.Printf("ok consistency: %d -> %d verifies with tlog.CheckTree and equals tlog.ProveTree\n", earlier.size, latest.size)

	for _, t := range f.Tiles {
		// C2SP tlog-tiles paths omit the height that sumdb's tile paths carry (always 8 here).
		tile, err := tlog.ParseTilePath("tile/8/" + strings.TrimPrefix(t.Path, "tile/"))
		if err != nil {
			fail("tile path %s: %v", t.Path, err)
		}
		want, err := tlog.ReadTileData(tile, reader)
		if err != nil {
			fail("Go cannot build tile %s: %v", t.Path, err)
		}
		got, _ := base64.StdEncoding.DecodeString(t.Data)
		if !bytes.Equal(want, got) {
			fail("tile %s differs from Go's (%d bytes, ours %d)", t.Path, len(want), len(got))
		}
	}
	fmt.Printf("ok tiles: %d tiles equal tlog.ReadTileData byte for byte\n", len(f.Tiles))
}
