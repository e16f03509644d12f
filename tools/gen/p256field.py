# Generates the unrolled P-256 multiply, square and NIST reduction (FIPS 186-4 D.2.3).
def product(sq):
    # Product scanning: per column k the low and high halves of the 64-bit partial products are summed separately
    # (at most 8 terms of < 2^32 each, so no overflow), which keeps the carry chain to one step per column.
    L=["            ulong a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4], a5 = a[5], a6 = a[6], a7 = a[7];"]
    if not sq:
        L.append("            ulong b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3], b4 = b[4], b5 = b[5], b6 = b[6], b7 = b[7];")
    L.append("            ulong m, lo, hi, c = 0;")
    for k in range(15):
        terms=[(i,k-i) for i in range(8) if 0<=k-i<8]
        first=True
        if sq:
            cross=[(i,j) for (i,j) in terms if i<j]
            for (i,j) in cross:
                L.append("            m = a%d * a%d; %s (uint)m; %s m >> 32;" % (i,j,"lo =" if first else "lo +=","hi =" if first else "hi +="))
                first=False
            if cross:
                L.append("            lo <<= 1; hi <<= 1;")
            if k%2==0:
                i=k//2
                L.append("            m = a%d * a%d; %s (uint)m; %s m >> 32;" % (i,i,"lo =" if first else "lo +=","hi =" if first else "hi +="))
                first=False
        else:
            for (i,j) in terms:
                L.append("            m = a%d * b%d; %s (uint)m; %s m >> 32;" % (i,j,"lo =" if first else "lo +=","hi =" if first else "hi +="))
                first=False
        L.append("            c += lo; uint t%d = (uint)c; c = (c >> 32) + hi;" % k)
    L.append("            uint t15 = (uint)c;")
    return L

def reduce():
    # vectors listed most significant first (A7..A0); None = 0
    s1=[7,6,5,4,3,2,1,0]; s2=[15,14,13,12,11,None,None,None]; s3=[None,15,14,13,12,None,None,None]
    s4=[15,14,None,None,None,10,9,8]; s5=[8,13,15,14,13,11,10,9]
    d1=[10,8,None,None,None,13,12,11]; d2=[11,9,None,None,15,14,13,12]
    d3=[12,None,10,9,8,15,14,13]; d4=[13,None,11,10,9,None,15,14]
    terms=[(s1,1),(s2,2),(s3,2),(s4,1),(s5,1),(d1,-1),(d2,-1),(d3,-1),(d4,-1)]
    L=["            // FIPS 186-4 D.2.3: r = s1 + 2 s2 + 2 s3 + s4 + s5 - d1 - d2 - d3 - d4, limb by limb with a signed carry",
       "            long acc;"]
    for limb in range(8):
        parts=[]
        for v,coef in terms:
            src=v[7-limb]
            if src is None: continue
            if coef==1: parts.append("+ t%d"%src)
            elif coef==2: parts.append("+ 2 * (long)t%d"%src)
            else: parts.append("- t%d"%src)
        expr=" ".join(parts)
        if expr.startswith("+ "): expr=expr[2:]
        first = "acc = " if limb==0 else "acc += "
        # use long arithmetic
        expr = expr.replace("+ t","+ (long)t").replace("- t","- (long)t")
        if expr.startswith("t"): expr="(long)"+expr
        L.append("            %s%s; uint r%d = (uint)acc; acc >>= 32;" % (first, expr, limb))
    return L

def fold():
    L=["            // fold the signed top carry twice with 2^256 = 2^224 - 2^192 - 2^96 + 1 (mod p); then 0 <= r < 2^256 < 2p"]
    for it in range(2):
        L.append("            top = acc; acc = 0;")
        adds={0:"+ top",3:"- top",6:"- top",7:"+ top"}
        for limb in range(8):
            extra = adds.get(limb,"")
            L.append("            acc += (long)r%d %s; r%d = (uint)acc; acc >>= 32;" % (limb, extra, limb))
    return L

out=[]
out.append("        private static void MulCore(uint[] r, uint[] a, uint[] b)\n        {")
out+=product(False)
out+=reduce()
out.append("            long top;")
out+=fold()
out.append("            FinalSubtract(r, r0, r1, r2, r3, r4, r5, r6, r7);\n        }\n")
out.append("        private static void SqrCore(uint[] r, uint[] a)\n        {")
out+=product(True)
out+=reduce()
out.append("            long top;")
out+=fold()
out.append("            FinalSubtract(r, r0, r1, r2, r3, r4, r5, r6, r7);\n        }")
print("\n".join(out))

# Unrolled add and subtract (straight-line, no loops: low latency in point formulas).
P=[0xFFFFFFFF,0xFFFFFFFF,0xFFFFFFFF,0,0,0,1,0xFFFFFFFF]
def addsub():
    L=["        private static void AddCore(uint[] r, uint[] a, uint[] b)","        {",
       "            ulong c = 0;"]
    for i in range(8):
        L.append("            c += (ulong)a[%d] + b[%d]; uint s%d = (uint)c; c >>= 32;"%(i,i,i))
    L.append("            long d = 0;")
    for i in range(8):
        L.append("            d += (long)s%d - 0x%XL; uint d%d = (uint)d; d >>= 32;"%(i,P[i],i))
    L.append("            uint keep = (uint)d & ((uint)c - 1u); // sum < p and no carry out: keep the sum")
    for i in range(8):
        L.append("            r[%d] = (s%d & keep) | (d%d & ~keep);"%(i,i,i))
    L.append("        }")
    L+=["","        private static void SubCore(uint[] r, uint[] a, uint[] b)","        {","            long c = 0;"]
    for i in range(8):
        L.append("            c += (long)a[%d] - b[%d]; uint s%d = (uint)c; c >>= 32;"%(i,i,i))
    L.append("            uint m = (uint)c; // all ones on borrow: add p back")
    L.append("            ulong e = 0;")
    for i in range(8):
        pm = "m" if P[i]==0xFFFFFFFF else ("(m & 1u)" if P[i]==1 else None)
        if pm is None:
            L.append("            e += (ulong)s%d; r[%d] = (uint)e; e >>= 32;"%(i,i))
        else:
            L.append("            e += (ulong)s%d + %s; r[%d] = (uint)e; e >>= 32;"%(i,pm,i))
    L.append("        }")
    return L
print()
print("\n".join(addsub()))
