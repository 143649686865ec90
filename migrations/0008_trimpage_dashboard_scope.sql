CREATE TYPE "public"."dashboard_scope" AS ENUM('coordinator', 'trim');--> statement-breakpoint
ALTER TABLE "dashboard_sessions" ADD COLUMN "scope" "dashboard_scope" DEFAULT 'coordinator' NOT NULL;--> statement-breakpoint
ALTER TABLE "dashboard_tokens" ADD COLUMN "scope" "dashboard_scope" DEFAULT 'coordinator' NOT NULL;