/**
 * UnionKit's decree documents: Word (.docx), PDF and HTML in, Word out, plan tables. Optional, so
 * that union-model, union-rules and union-text stay light.
 */
module io.github.unionkit.documents {
    requires transitive io.github.unionkit.text;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.poi;
    // PDFBox, fontbox and pdfbox-io are automatic modules: they cannot require commons-logging, which
    // they all use, and an explicit module nobody requires is not resolved on the module path (PDF
    // reading failed there with NoClassDefFoundError LogFactory). UnionKit requires it for them (0043).
    requires org.apache.commons.logging;
    requires org.apache.pdfbox;
    requires org.jsoup;

    exports io.github.unionkit.io.documents;
}
