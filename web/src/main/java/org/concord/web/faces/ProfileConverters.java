package org.concord.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.concord.domain.neutral.Relationship;
import org.concord.service.neutral.ProfileForm;

/**
 * The lists of a Neutral's profile typed as text, so that the console binds its inputs to
 * {@link ProfileForm} itself: codes and keywords separated by commas, one absence ({@code 2027-07-01 2027-07-31}) or
 * relationship ({@code PAST_CLIENT; Streamly Ltd; streamly.example}) a line. A line that cannot be read is named at
 * its input and nothing is saved.
 */
final class ProfileConverters {

    private ProfileConverters() {}

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static ConverterException unreadable(String key, String line) {
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(key, line), null));
    }

    /** {@code FR, BE} ↔ a list of codes or keywords. */
    @FacesConverter("concord.commaList")
    public static class CommaList implements Converter<List<String>> {

        @Override
        public List<String> getAsObject(FacesContext context, UIComponent component, String text) {
            return text == null
                    ? new ArrayList<>()
                    : new ArrayList<>(Arrays.stream(text.split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList());
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, List<String> list) {
            return list == null ? "" : String.join(", ", list);
        }
    }

    /** One absence a line, {@code from to} (one date: that day). */
    @FacesConverter("concord.absences")
    public static class Absences implements Converter<List<ProfileForm.AbsenceForm>> {

        @Override
        public List<ProfileForm.AbsenceForm> getAsObject(FacesContext context, UIComponent component, String text) {
            List<ProfileForm.AbsenceForm> list = new ArrayList<>();
            for (String line : lines(text)) {
                String[] days = line.split("\\s+");
                try {
                    ProfileForm.AbsenceForm a = new ProfileForm.AbsenceForm();
                    a.setFrom(LocalDate.parse(days[0]));
                    a.setTo(LocalDate.parse(days.length > 1 ? days[1] : days[0]));
                    list.add(a);
                } catch (DateTimeParseException e) {
                    throw unreadable("profile.absence.line", line);
                }
            }
            return list;
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, List<ProfileForm.AbsenceForm> list) {
            return list == null
                    ? ""
                    : list.stream().map(a -> a.getFrom() + " " + a.getTo()).collect(Collectors.joining("\n"));
        }
    }

    /** One relationship a line, {@code KIND; name; domain} (the domain optional). */
    @FacesConverter("concord.relationships")
    public static class Relationships implements Converter<List<ProfileForm.RelationshipForm>> {

        @Override
        public List<ProfileForm.RelationshipForm> getAsObject(
                FacesContext context, UIComponent component, String text) {
            List<ProfileForm.RelationshipForm> list = new ArrayList<>();
            for (String line : lines(text)) {
                String[] parts = line.split(";", 3);
                try {
                    ProfileForm.RelationshipForm r = new ProfileForm.RelationshipForm();
                    r.setKind(Relationship.Kind.valueOf(parts[0].strip().toUpperCase(Locale.ROOT)));
                    r.setName(parts.length > 1 ? parts[1].strip() : "");
                    r.setEmailDomain(parts.length > 2 ? parts[2].strip() : null);
                    if (r.getName().isEmpty()) {
                        throw new IllegalArgumentException("no name");
                    }
                    list.add(r);
                } catch (IllegalArgumentException e) {
                    throw unreadable("profile.relationship.line", line);
                }
            }
            return list;
        }

        @Override
        public String getAsString(
                FacesContext context, UIComponent component, List<ProfileForm.RelationshipForm> list) {
            return list == null
                    ? ""
                    : list.stream()
                            .map(r -> r.getKind() + "; " + r.getName()
                                    + (r.getEmailDomain() == null ? "" : "; " + r.getEmailDomain()))
                            .collect(Collectors.joining("\n"));
        }
    }
}
