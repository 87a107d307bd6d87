#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Moves translations between Qt Linguist .ts files and a flat TSV that is easy to edit.

  ts-tool.py export FILE.ts OUT.tsv   unfinished messages: context, source, comment, (plural) -> TSV
  ts-tool.py import FILE.ts IN.tsv    fills those messages from the TSV's last column(s), marks them finished
  ts-tool.py carry OLD.ts FILE.ts    fills FILE's unfinished messages from OLD's finished ones with the
                                      same source text (a string that moved to another class keeps its
                                      translation); same context first, then any
  ts-tool.py check FILE.ts...         exits 1 if any message is unfinished or empty, or (right-to-left
                                      languages) a window's line starts with a Latin word without a
                                      right-to-left mark (prints them)
  ts-tool.py rtl-marks FILE.ts        puts that mark at the start of each such line
  ts-tool.py english FILE.ts          fills an English plural-only file (lupdate -pluralonly): the
                                      singular and plural of every "(s)" message

TSV columns: id, context, source (\\n escaped), comment, numerus (0/1), translation (\\n escaped;
for numerus messages, plural forms separated by ' || ').
"""
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

RLM = "\u200f"
RTL_LANGUAGES = ("ur", "ar", "fa", "he")
# Contexts whose strings are the window's (rt::SomeWidget); the command line's and the packs'
# are written to terminals and files, which lay a line out themselves.
NOT_WINDOW_CONTEXTS = ("rt::cli", "rt::room::RoomServer")


def is_rtl_file(root):
    return (root.get("language") or "").split("_")[0] in RTL_LANGUAGES


def first_strong(text):
    """The bidi class (L, R, AL) of the first strong letter a reader sees, skipping markup,
    placeholders (%1, %n, %L1) and the mnemonic '&'."""
    text = re.sub(r"<[^>]*>", "", text)
    text = re.sub(r"%L?[0-9n]", "", text)
    text = text.replace("&&", "").replace("&", "")
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("L", "R", "AL"):
            return bidi
    return None


def needs_rtl_mark(ctx, source, text):
    """A line of the window in a right-to-left language that starts with a Latin word ("PICK
    chart ...") is laid out left to right by a wrapped label (its paragraph takes the direction
    of its first strong letter): a right-to-left mark before it keeps the window's direction."""
    if not ctx.startswith("rt::") or ctx in NOT_WINDOW_CONTEXTS or not text or text.startswith(RLM):
        return False
    if text.lstrip().startswith("<") or "(*." in source:  # rich text; a file dialog's filter
        return False
    if not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return False  # nothing right-to-left in it: a name, a key, an example address
    return first_strong(text) == "L"


def texts_of(msg):
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("vanished", "obsolete", "unfinished"):
        return []
    if msg.get("numerus") == "yes":
        return tr.findall("numerusform")
    return [tr]


def esc(s):
    return (s or "").replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unesc(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(s[i + 1], s[i + 1]))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def messages(root):
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def unfinished(msg):
    tr = msg.find("translation")
    if tr is None:
        return True
    if tr.get("type") in ("unfinished",):
        return True
    if tr.get("type") in ("vanished", "obsolete"):
        return False
    if msg.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return not forms or any(not (f.text or "").strip() for f in forms)
    return not (tr.text or "").strip()


def export(ts, tsv):
    root = ET.parse(ts).getroot()
    with open(tsv, "w", encoding="utf-8") as out:
        for i, (ctx, msg) in enumerate(messages(root)):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                continue
            if not unfinished(msg):
                continue
            numerus = "1" if msg.get("numerus") == "yes" else "0"
            out.write("\t".join([str(i), esc(ctx), esc(msg.findtext("source")), esc(msg.findtext("comment")), numerus, ""]) + "\n")


def do_import(ts, tsv):
    tree = ET.parse(ts)
    root = tree.getroot()
    table = {}
    with open(tsv, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 6 or not parts[5].strip():
                continue
            table[(unesc(parts[1]), unesc(parts[2]), unesc(parts[3]))] = unesc(parts[5])
    filled = 0
    for ctx, msg in messages(root):
        key = (ctx, msg.findtext("source") or "", msg.findtext("comment") or "")
        if key not in table:
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        if tr.get("type") in ("vanished", "obsolete"):
            continue
        tr.attrib.pop("type", None)
        text = table[key]
        if msg.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in text.split(" || "):
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = text
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{ts}: filled {filled} message(s)")


def english_forms(source):
    """'%n vote(s)' -> ('%n vote', '%n votes'), '%n match(es)' -> ('%n match', '%n matches'),
    '%n cop(ies)' -> ('%n copy', '%n copies'); '%n notes selected' -> ('%n note selected', ...)."""
    if "(s)" in source or "(es)" in source or "(ies)" in source:
        single = source.replace("(s)", "").replace("(es)", "").replace("(ies)", "y")
        plural = source.replace("(s)", "s").replace("(es)", "es").replace("(ies)", "ies")
        # "its %n vote(s) were added": the verb agrees with one vote too
        if "(s) were " in source:
            single = single.replace(" were ", " was ", 1)
        return single, plural
    for plural, single in (("notes", "note"), ("ideas", "idea")):
        if "%n " + plural in source:
            return source.replace("%n " + plural, "%n " + single), source
    return source, source


def do_english(ts):
    tree = ET.parse(ts)
    root = tree.getroot()
    filled = 0
    for _, msg in messages(root):
        if msg.get("numerus") != "yes":
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        if tr.get("type") in ("vanished", "obsolete"):
            continue
        tr.attrib.pop("type", None)
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        for form in english_forms(msg.findtext("source") or ""):
            ET.SubElement(tr, "numerusform").text = form
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{ts}: {filled} English plural message(s)")


def finished_texts(root):
    """(context, source, numerus) and (source, numerus) -> the translation element, finished ones only."""
    exact, loose = {}, {}
    for ctx, msg in messages(root):
        if unfinished(msg):
            continue
        tr = msg.find("translation")
        if tr is not None and tr.get("type") in ("vanished", "obsolete"):
            continue
        key = (msg.findtext("source") or "", msg.get("numerus") == "yes")
        exact[(ctx,) + key] = tr
        loose.setdefault(key, tr)
    return exact, loose


def carry(old, ts):
    exact, loose = finished_texts(ET.parse(old).getroot())
    tree = ET.parse(ts)
    filled = 0
    for ctx, msg in messages(tree.getroot()):
        if not unfinished(msg):
            continue
        key = (msg.findtext("source") or "", msg.get("numerus") == "yes")
        src = exact.get((ctx,) + key) if (ctx,) + key in exact else loose.get(key)
        if src is None:
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        if tr.get("type") in ("vanished", "obsolete"):
            continue
        tr.attrib.pop("type", None)
        for child in list(tr):
            tr.remove(child)
        tr.text = src.text
        for form in src.findall("numerusform"):
            ET.SubElement(tr, "numerusform").text = form.text
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{ts}: carried {filled} message(s) from {old}")


def check(files):
    bad = 0
    for ts in files:
        root = ET.parse(ts).getroot()
        for ctx, msg in messages(root):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                continue
            if unfinished(msg):
                bad += 1
                print(f"{ts}: unfinished: [{ctx}] {msg.findtext('source')!r}")
            elif is_rtl_file(root):
                for el in texts_of(msg):
                    if needs_rtl_mark(ctx, msg.findtext("source") or "", el.text or ""):
                        bad += 1
                        print(f"{ts}: starts with a Latin word, needs a right-to-left mark "
                              f"(ts-tool.py rtl-marks): [{ctx}] {msg.findtext('source')!r}")
    return 1 if bad else 0


def rtl_marks(ts):
    tree = ET.parse(ts)
    root = tree.getroot()
    if not is_rtl_file(root):
        print(f"{ts}: not a right-to-left language")
        return
    marked = 0
    for ctx, msg in messages(root):
        for el in texts_of(msg):
            if needs_rtl_mark(ctx, msg.findtext("source") or "", el.text or ""):
                el.text = RLM + el.text
                marked += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{ts}: marked {marked} message(s)")


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "export":
        export(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 4 and sys.argv[1] == "import":
        do_import(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 4 and sys.argv[1] == "carry":
        carry(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 3 and sys.argv[1] == "english":
        do_english(sys.argv[2])
    elif len(sys.argv) >= 3 and sys.argv[1] == "rtl-marks":
        rtl_marks(sys.argv[2])
    elif len(sys.argv) >= 3 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2:]))
    else:
        print(__doc__)
        sys.exit(2)
