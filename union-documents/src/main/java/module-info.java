/**
 * UnionKit's decree documents: Word (.docx), PDF and HTML in, Word out, plan tables. Optional, so
 * that union-model, union-rules and union-text stay light.
 */
module io.github.unionkit.documents {
    requires transitive io.github.unionkit.text;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.poi;
    requires org.apache.pdfbox;
    requires org.jsoup;

    exports io.github.unionkit.io.documents;
}
