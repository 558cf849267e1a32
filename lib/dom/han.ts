/** Han ideographs: URO, Ext A, compatibility, and the supplementary planes (Ext B–G). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f\ud880-\ud88f][\udc00-\udfff]/;

/** The cheap first test: does this string contain any Han character? */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}
