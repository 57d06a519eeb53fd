/// The maintained list of vague catch-all phrases (兜底性表述) that fail `materialWording`.
///
/// A phrase is on the list when it stands for documents the guide does not name, so that an
/// applicant cannot know what to bring: the notice's example is "根据有关法律法规规定应提交的其他材料".
/// Phrases that name a kind of document stay off the list even when they leave something open:
/// "有关部门批准文件" names the document (an approval) and is accepted; reviewers judge such cases.
/// Matching ignores white space (including the ideographic space), so "其他 材料" is caught too.
package enum VaguePhrases {
    /// The phrases, longest first so that a match reports the most specific one.
    package static let all: [String] = [
        "根据有关法律法规规定", "根据相关法律法规规定", "法律、法规规定的其他", "法律法规规定的其他",
        "认为需要提交的其他", "要求提供的其他", "其他需要提交的材料", "规定的其他材料",
        "其他相关材料", "其它相关材料", "其他有关材料", "其它有关材料", "其他证明材料", "其他必要材料",
        "相关证明材料", "有关证明材料", "等相关材料", "其他材料", "其它材料", "相关材料", "有关材料",
        "等材料",
    ].sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }

    /// Phrase scalars grouped by their first scalar, so a text is scanned once. A linear scan
    /// of the few first scalars is cheaper than hashing every scalar of every text.
    private static let byFirstScalar: [(first: Unicode.Scalar, phrases: [[Unicode.Scalar]])] = {
        var table: [(first: Unicode.Scalar, phrases: [[Unicode.Scalar]])] = []
        for phrase in all {
            let scalars = Array(phrase.unicodeScalars)
            if let index = table.firstIndex(where: { $0.first == scalars[0] }) {
                table[index].phrases.append(scalars)
            } else {
                table.append((scalars[0], [scalars]))
            }
        }
        return table
    }()

    /// The longest listed phrase that `text` contains, or `nil`.
    package static func match(in text: String) -> String? {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars where !FieldText.isSpace(scalar) {
            scalars.append(scalar)
        }
        var best: [Unicode.Scalar]?
        for start in scalars.indices {
            guard let candidates = byFirstScalar.first(where: { $0.first == scalars[start] })?.phrases else { continue }
            for phrase in candidates where phrase.count > (best?.count ?? 0) {
                let end = start + phrase.count
                if end <= scalars.count, scalars[start..<end].elementsEqual(phrase) {
                    best = phrase
                    break  // candidates are longest first
                }
            }
        }
        return best.map { String(String.UnicodeScalarView($0)) }
    }
}
