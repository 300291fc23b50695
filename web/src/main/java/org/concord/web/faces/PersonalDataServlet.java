package org.concord.web.faces;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.concord.service.account.ProfileService;

/** R-ACC.6 (GDPR Art. 15 and 20): the signed-in holder downloads their personal data as one JSON file. */
@WebServlet("/account/personal-data.json")
public class PersonalDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Thread-safe and kept for the application's life (never closed). */
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    @Inject
    private ProfileService profiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String json = JSON.toJson(profiles.export());
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"concord-personal-data.json\"");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json);
    }
}
