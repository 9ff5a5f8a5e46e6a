package io.github.unionkit.io.documents.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Finds the list a Word paragraph belongs to and its level, as Word does: the list ({@code numId}) and
 * the level ({@code ilvl}) are paragraph properties inherited separately — from the paragraph itself,
 * else from its paragraph style («ListNumber», «Heading 2» …), else from the styles that style is
 * {@code basedOn}, else from the document's default paragraph style. A level given nowhere is the one
 * whose {@code pStyle} names the style that gave the list (how Word ties heading styles to a multilevel
 * list), else level 0. A {@code numId} of 0 switches numbering off, even where a style turns it on.
 * Not thread-safe: one per document.
 */
final class WordListMembership {

    /** A style chain longer than this is damaged or cyclic; Word itself nests a handful. */
    private static final int MAX_STYLE_DEPTH = 32;

    /**
     * A paragraph's place in a list.
     *
     * @param numId the list instance, not 0
     * @param ilvl the level, 0 to 8
     */
    record Member(BigInteger numId, int ilvl) {
    }

    private final XWPFStyles styles;
    private final XWPFNumbering numbering;
    private final Optional<String> defaultStyle;

    WordListMembership(XWPFStyles styles, XWPFNumbering numbering) {
        this.styles = styles;
        this.numbering = numbering;
        this.defaultStyle = defaultParagraphStyle(styles);
    }

    /**
     * Returns the list and level of a paragraph.
     *
     * @param paragraph the paragraph
     * @return its list and level, or empty when it is in no list or numbering is switched off
     */
    Optional<Member> of(XWPFParagraph paragraph) {
        BigInteger numId = null;
        BigInteger ilvl = null;
        CTPPr direct = paragraph.getCTP().getPPr();
        if (direct != null && direct.getNumPr() != null) {
            CTNumPr numPr = direct.getNumPr();
            numId = numPr.getNumId() == null ? null : numPr.getNumId().getVal();
            ilvl = numPr.getIlvl() == null ? null : numPr.getIlvl().getVal();
        }
        List<XWPFStyle> chain = chain(paragraph.getStyleID() != null ? paragraph.getStyleID() : defaultStyle.orElse(null));
        for (int i = 0; i < chain.size() && numId == null; i++) {
            CTNumPr numPr = numPr(chain.get(i).getCTStyle());
            if (numPr != null && numPr.getNumId() != null) {
                numId = numPr.getNumId().getVal();
            }
        }
        if (numId == null || numId.signum() == 0) {
            return Optional.empty();
        }
        if (ilvl != null) {
            return Optional.of(new Member(numId, ilvl.intValue()));
        }
        // The nearest style that says the level wins, whether by its own ilvl or by a level linked to it.
        for (XWPFStyle style : chain) {
            CTNumPr numPr = numPr(style.getCTStyle());
            if (numPr != null && numPr.getIlvl() != null) {
                return Optional.of(new Member(numId, numPr.getIlvl().getVal().intValue()));
            }
            Optional<Integer> linked = linkedLevel(numId, style.getStyleId());
            if (linked.isPresent()) {
                return Optional.of(new Member(numId, linked.get()));
            }
        }
        return Optional.of(new Member(numId, 0));
    }

    /** A style and the styles it is based on, nearest first, without repeats. */
    private List<XWPFStyle> chain(String styleId) {
        List<XWPFStyle> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String id = styleId; id != null && styles != null && chain.size() < MAX_STYLE_DEPTH && seen.add(id);) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                break;
            }
            chain.add(style);
            id = style.getBasisStyleID();
        }
        return chain;
    }

    private static CTNumPr numPr(CTStyle style) {
        CTPPrGeneral pPr = style.getPPr();
        return pPr == null ? null : pPr.getNumPr();
    }

    /** The level of the list whose {@code pStyle} is the style that put the paragraph in the list. */
    private Optional<Integer> linkedLevel(BigInteger numId, String styleId) {
        if (styleId == null || numbering == null) {
            return Optional.empty();
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return Optional.empty();
        }
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return Optional.empty();
        }
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            if (lvl.getPStyle() != null && styleId.equals(lvl.getPStyle().getVal()) && lvl.getIlvl() != null) {
                return Optional.of(lvl.getIlvl().intValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> defaultParagraphStyle(XWPFStyles styles) {
        if (styles == null) {
            return Optional.empty();
        }
        for (XWPFStyle style : styles.getStyles()) {
            CTStyle ct = style.getCTStyle();
            if (ct.getType() == STStyleType.PARAGRAPH && ct.isSetDefault() && isOn(ct)) {
                return Optional.ofNullable(style.getStyleId());
            }
        }
        return Optional.empty();
    }

    /** {@code w:default="1"} (or "true", "on"): xmlbeans gives the attribute as a string-like value. */
    private static boolean isOn(CTStyle style) {
        Object value = style.getDefault();
        String text = value == null ? "" : value.toString();
        return text.equals("1") || text.equalsIgnoreCase("true") || text.equalsIgnoreCase("on");
    }
}
