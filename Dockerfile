# Peerline: build the TypeScript in one stage, run the compiled dist/ with production dependencies only.
# docker build -t peerline . && docker run --env-file .env -p 3000:3000 peerline

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
# No sources yet: skip prepare (the build below compiles once the sources are in).
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:20-slim
ENV NODE_ENV=production \
    PEERLINE_DATA_DIR=/data \
    PEERLINE_WEB_HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY --from=build /app/dist ./dist
COPY migrations ./migrations
# prepare sees dist/ and no compiler, and keeps dist/ as it is.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force \
    && mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# /healthz answers on PORT (Slack's HTTP mode, the web adapter, or the bot's own health port).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PEERLINE_WEB_PORT || process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/cli.js", "start"]
