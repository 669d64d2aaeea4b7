#!/usr/bin/env python3
"""Sums an ILC map file (IlcGenerateMapFile) by node kind and by owning assembly.

Usage: mapsize.py <image>.map.xml <image>.ilc.rsp [top-N types] [value-type-regex]
Each node of the map is a piece of the image (method code, GC info, a type's MethodTable, frozen data...) with its
length. Named nodes carry the compiler's mangled name, which starts with the owning assembly's name with dots as
underscores (S_P_CoreLib for System.Private.CoreLib); the assembly names come from the ILC response file, the
longest matching prefix wins. For a generic instantiation the owner is the generic definition's assembly.
With a value-type regex (for example the SDK's open string enums, "BackgroundResponses_BackgroundResponses_(ServiceTier|...)"),
it also sums every generic instantiation that has one of them among its type arguments: code the compiler had to
generate once per value type because it cannot share it the way it shares reference-type instantiations.
"""
import collections
import re
import sys
import xml.etree.ElementTree as ET

map_path, rsp_path = sys.argv[1], sys.argv[2]
top = int(sys.argv[3]) if len(sys.argv) > 3 else 25
value_types = re.compile(r"(?:^|[<_])(?:" + sys.argv[4] + r")(?=[,>_]|$)") if len(sys.argv) > 4 else None

assemblies = {"S_P_CoreLib": "System.Private.CoreLib", "S_P_Uri": "System.Private.Uri"}
for line in open(rsp_path):
    m = re.match(r"^(?:-r:)?(.*/)?([^/]+)\.dll\s*$", line.strip())
    if m:
        name = m.group(2)
        assemblies[name.replace(".", "_")] = name
prefixes = sorted(assemblies, key=len, reverse=True)

def owner(name):
    name = re.sub(r"^_ZTV\d+", "", name)
    for strip in ("Boxed_", "__GenericDict_", "__GCStaticBase_", "__NonGCStaticBase_", "__GCStaticEEType_", "unbox_", "__unbox_"):
        if name.startswith(strip):
            name = name[len(strip):]
    for p in prefixes:
        if name.startswith(p + "_") or name.startswith(p + "<") or name == p:
            return assemblies[p], name[len(p) + 1:]
    return None, name

def type_of(rest):
    # Namespace_Type__Method: the type part ends at the first double underscore outside generic brackets.
    depth = 0
    for i, c in enumerate(rest):
        if c == "<":
            depth += 1
        elif c == ">":
            depth -= 1
        elif depth == 0 and rest.startswith("__", i):
            return rest[:i]
    return rest

by_kind = collections.Counter()
by_asm = collections.Counter()
by_type = collections.Counter()
by_value_type = collections.Counter()
total = 0
for _, el in ET.iterparse(map_path):
    length = el.get("Length")
    if length is None:
        continue
    length = int(length)
    total += length
    by_kind[el.tag] += length
    asm, rest = owner(el.get("Name", ""))
    if asm is None:
        asm = "(runtime data: " + el.tag + ")" if el.tag in ("Metadata", "ArrayOfFrozenObjects", "GenericTypesHashtable", "GenericMethodsHashtable", "NativeLayoutInfo", "ReflectionInvokeMap", "StackTraceMethodMapping", "DehydratedData") else "(other)"
    else:
        by_type[asm + "!" + type_of(rest)] += length
    by_asm[asm] += length
    name = el.get("Name", "")
    if value_types is not None and "<" in name:
        hit = value_types.search(name[name.index("<"):])
        if hit:
            by_value_type[hit.group(0).lstrip("<_")] += length
    el.clear()

def show(title, counter, n):
    print(f"\n{title}")
    for k, v in counter.most_common(n):
        print(f"{v / 1e6:9.3f} MB  {k}")

print(f"sum of node lengths: {total / 1e6:.3f} MB")
show("by node kind", by_kind, 15)
show("by assembly", by_asm, 40)
if value_types is not None:
    print(f"\ngeneric instantiations over the given value types: {sum(by_value_type.values()) / 1e6:.3f} MB for {len(by_value_type)} types")
    show("  largest", by_value_type, 5)
show(f"top {top} types (code + type data, generic instantiations by their definition's assembly)", by_type, top)
