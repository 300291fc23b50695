package org.concord.domain.neutral;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The controlled list of expertise (8(b)(iii)): the kinds of content of the DSA Transparency Database's
 * {@code content_type}, so that a Statement of Reasons says which expertise its dispute calls for. Neutrals add free
 * keywords of their own.
 */
public enum ExpertiseArea {
    AUDIOVISUAL("CONTENT_TYPE_VIDEO"),
    MUSIC_AND_AUDIO("CONTENT_TYPE_AUDIO"),
    IMAGES_AND_VISUAL_ARTS("CONTENT_TYPE_IMAGE"),
    TEXT_AND_PUBLISHING("CONTENT_TYPE_TEXT"),
    SOFTWARE_AND_APPS("CONTENT_TYPE_APP"),
    PRODUCTS_AND_COUNTERFEITS("CONTENT_TYPE_PRODUCT"),
    SYNTHETIC_MEDIA("CONTENT_TYPE_SYNTHETIC_MEDIA");

    private final String contentType;

    ExpertiseArea(String contentType) {
        this.contentType = contentType;
    }

    /** The areas the content types of a Statement of Reasons call for; other content types call for none. */
    public static Set<ExpertiseArea> forContentTypes(Collection<String> contentTypes) {
        Set<ExpertiseArea> areas = EnumSet.noneOf(ExpertiseArea.class);
        for (ExpertiseArea area : values()) {
            if (contentTypes.contains(area.contentType)) {
                areas.add(area);
            }
        }
        return areas;
    }
}
