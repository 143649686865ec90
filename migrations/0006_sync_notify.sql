ALTER TABLE "dashboard_sessions" ADD COLUMN "live_until" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "dashboard_sessions_community" ON "dashboard_sessions" USING btree ("community_id");--> statement-breakpoint
-- Replicas keep each community in memory (src/core/communities.ts). Any change to a community row tells
-- every replica at once, from inside the changing transaction: PostgreSQL delivers a NOTIFY only when the
-- transaction commits (never for a rolled-back one), and a trigger covers every writer, present and future.
CREATE FUNCTION "peerline_community_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('peerline_community', CASE WHEN TG_OP = 'DELETE' THEN OLD.ref ELSE NEW.ref END);
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "communities_notify" AFTER INSERT OR UPDATE OR DELETE ON "communities" FOR EACH ROW EXECUTE FUNCTION "peerline_community_changed"();--> statement-breakpoint
-- The dashboard's live "now" page (queue and staff) is re-read when a request or a volunteer of its
-- community changes, and when a dashboard session ends (so a signed-out browser stops at once). Requests
-- and volunteers notify only while someone holds the community's live page open (`live_until`, renewed
-- by the replica serving it): a NOTIFY serialises the commits of all notifying transactions (measured:
-- 8 writers fell from ~1,100-1,900 to ~260-470 commits/s), so the request path pays it only there.
-- Identical notifications within one transaction are delivered once.
CREATE FUNCTION "peerline_dashboard_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed_community uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.community_id ELSE NEW.community_id END;
BEGIN
  IF TG_TABLE_NAME = 'dashboard_sessions' OR EXISTS (SELECT 1 FROM "dashboard_sessions" WHERE "community_id" = changed_community AND "live_until" > now()) THEN
    PERFORM pg_notify('peerline_dashboard', changed_community::text);
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "support_requests_notify_dashboard" AFTER INSERT OR UPDATE OR DELETE ON "support_requests" FOR EACH ROW EXECUTE FUNCTION "peerline_dashboard_changed"();--> statement-breakpoint
CREATE TRIGGER "volunteers_notify_dashboard" AFTER INSERT OR UPDATE OR DELETE ON "volunteers" FOR EACH ROW EXECUTE FUNCTION "peerline_dashboard_changed"();--> statement-breakpoint
CREATE TRIGGER "dashboard_sessions_notify_dashboard" AFTER DELETE ON "dashboard_sessions" FOR EACH ROW EXECUTE FUNCTION "peerline_dashboard_changed"();
